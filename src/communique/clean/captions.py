"""A picture's credit line ('Photograph: Jane Doe/AFP', '... in Durban [Jane Doe/EPA]', '(AP Photo/Jane
Doe)') and the caption it closes, in the shapes news sites write them."""
from __future__ import annotations

import re

from .shapes import word_count
from .signoff import agencies_in, known_place, people_in
from .vocabulary import vocabulary


def credit_of(line: str) -> tuple[str | None, str] | None:
    """'Image: Jane Doe/AFP' → (None, 'Jane Doe/AFP'); 'Caption. Photograph: X/Y' → ('Caption.', 'X/Y')."""
    voc = vocabulary()
    m = voc.credit_line.match(line)
    if m and line[:1].isupper() or (m and line[:1] == "("):
        return None, m.group("credit").strip()
    m = _AGENCY_CREDIT.match(line)
    if m and voc.agency(m.group("agency")):
        return m.group("caption").strip(), m.group("credit").strip()
    if voc.photo_source.match(line) and word_count(line) > 1:
        return None, line   # "Getty Images", "AFP via Getty Images"
    m = _PHOTO_SLASH_CREDIT.match(line)
    if m:
        return m.group("caption").strip(), m.group("credit").strip()
    m = _BARE_CREDIT_LABEL.match(line)
    if m:
        return None, m.group("credit").strip()
    m = _VIA_AGENCY_CREDIT.match(line)
    if m and voc.agency(m.group("agency")):
        return m.group("caption").strip(), m.group("credit").strip()
    m = voc.credit_suffix.match(line)
    if m and m.group("label")[:1].isupper() and ("/" in m.group("credit") or m.group("credit")[:1].isupper()):
        return m.group("caption").strip(), m.group("credit").strip()
    m = _AGENCY_IN_BRACKETS.match(line)
    if m and voc.agency(m.group("credit")) and voc.caption_hint.search(m.group("caption")):
        return m.group("caption").strip(), m.group("credit").strip()   # '... Sato (L) meets ... (Kyodo)'
    if m and m.group("credit")[:1].isupper() and word_count(m.group("credit")) > 1 and (
            voc.photo_source.match(m.group("credit")) or _PICTURE_LABEL.match(m.group("credit"))):   # '(Pic XYZ)' too
        return m.group("caption").strip(), m.group("credit").strip()   # '... in Brussels, 3 April 2025. (XYZ Photo)'
    m = _AGENCIES_IN_CELL.match(line)
    if m and all(voc.agency(a) for a in re.split(r"[-/]", m.group("credit"))):
        return m.group("caption").strip(), m.group("credit").strip()   # '... by the government. AP-Kyodo |'
    m = _COPYRIGHT_CREDIT.match(line)
    if m and ("/" in m.group("credit") or agencies_in(m.group("credit"))[0]):
        return m.group("caption").strip(), m.group("credit").strip()   # '... in Tornio © PHOTO JANE DOE / AFP'
    m = _NAME_SLASH_OUTLET.match(line)
    if m and people_in(m.group("name")) == [m.group("name")] and not known_place(m.group("name")) and \
            not any(w.casefold() in voc.section_words for w in m.group("name").split()):
        return None, line   # 'Jane Doe/Example Post' alone on a line under a caption: the photographer and the outlet
    m = _SLASH_CREDIT_AFTER_CAPTION.match(line)
    if m:
        return m.group("caption").strip(), m.group("credit").strip()   # '... met the envoy. / Example Council'
    m = _DESK_GLUED_TO_CAPTION.match(line)
    if m and word_count(m.group("caption")) >= 6 and not known_place(m.group("credit")):
        return m.group("caption").strip(), m.group("credit").strip()   # '... during the summit in Arusha/XYZ'
    m = _PHOTOGRAPHER_SLASH_AGENCY.match(line)
    if m and (voc.agency(m.group("agency")) or voc.photo_source.match(m.group("agency").strip())
              or voc.agency(m.group("first"))):   # '[Jane Doe/EPA]', '(Reuters/Jane Doe)'
        return m.group("caption").strip(), m.group("credit").strip()   # '... in Durban on June 10 [Jane Doe/EPA]'
    m = _SLASHED_CREDIT_IN_BRACKETS.match(line)
    if m and _credits_a_picture(m.group("credit")):
        return m.group("caption").strip(), m.group("credit").strip()
    m = _FILE_MARK.match(line)
    if m:
        return m.group("caption").strip(), m.group("credit").strip()   # '... met in Delhi. (File)'
    return None


def _credits_a_picture(credit: str) -> bool:
    """'Jane Doe/Example News' (a photographer's name first), 'X Press/Y Images Group via Getty Images' (a picture
    agency last), 'State Emergency Service / Telegram' (a social network last): a picture's credit."""
    parts = [p.strip() for p in credit.split("/")]
    voc = vocabulary()
    first_is_person = bool(re.fullmatch(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}", parts[0])) and \
        people_in(parts[0]) == [parts[0]] and not known_place(parts[0]) and \
        not any(w.casefold() in voc.section_words for w in parts[0].split())
    return first_is_person or bool(voc.photo_source.match(parts[-1])) or bool(_SOCIAL_NETWORK.fullmatch(parts[-1]))


# a caption closed by a credit of two or three parts split by slashes, in brackets: '(Jane Doe/Example News)'
_SLASHED_CREDIT_IN_BRACKETS = re.compile(r"^(?P<caption>.*[.!?]\S*|.*\S)\s*[\[(](?P<credit>[^\[\]()/]{2,50}(?:/[^\[\]()/]{2,50}){1,2})[\])]\.?$")
_SOCIAL_NETWORK = re.compile(r"telegram|facebook|x|twitter|instagram|youtube|tiktok|vk|weibo|social media", re.IGNORECASE)
# a file picture's caption: '... the two leaders in Delhi. (File)', '(Representational image)'
_FILE_MARK = re.compile(r"^(?P<caption>.*[.!?])\s*\((?P<credit>file(?: photo| picture| image)?|representational (?:image|photo|picture)"
                        r"|representative (?:image|photo|picture))\)\.?$", re.IGNORECASE)


_COPYRIGHT_CREDIT = re.compile(r"^(?P<caption>.*\S)\s+(?P<credit>©\s*[^©]{2,100})$")   # a caption closed by '© Photographer / Agency'
_NAME_SLASH_OUTLET = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2})\s?/\s?[A-Z][\w.&'’-]{1,30}$")
# a caption closed by '[Photographer/Agency]' or '(Photographer/Agency)', the agency a known one (or '(Agency/Photographer)')
_PHOTOGRAPHER_SLASH_AGENCY = re.compile(r"^(?P<caption>.*\S)\s*[\[(](?P<credit>(?P<first>[^\[\]()/]{2,40})/\s*(?P<agency>[^\[\]()/]{2,25})"
                                        r"(?:/\s*[^\[\]()/]{2,25})?)[\])]\.?$")   # '(Jane Doe/AFP/Getty Images)' too


# a caption closed by a slash and its source after the full stop: '... with the envoy. / Example Council'
_SLASH_CREDIT_AFTER_CAPTION = re.compile(r"^(?P<caption>.*[.)])\s+/\s*(?P<credit>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})$")
# a caption with no full stop, a desk's initials glued on by a slash: '... leaders at the summit in Arusha/XYZ'
_DESK_GLUED_TO_CAPTION = re.compile(r"^(?P<caption>[A-Z][^.!?]{20,}[a-z])/(?P<credit>[A-Z]{2,6})$")


# '... the minister (R) talks with envoys in Seoul. (Yonhap)': an agency in brackets closing a caption
_AGENCY_IN_BRACKETS = re.compile(r"^(?P<caption>.*\S)\s*\((?P<credit>[^()]{2,40})\)\.?$")


_PICTURE_LABEL = re.compile(r"^(?:pics?|pix|pictures?|photos?)\b", re.IGNORECASE)
# a caption set in a table cell, closed by its agencies and the cell's bar: '... in Seoul, May 3. AP-Kyodo |'
_AGENCIES_IN_CELL = re.compile(r"^(?P<caption>.*[.)])\s+(?P<credit>[A-Z][\w]+(?:[-/][A-Z][\w]+)*)\s*\|$")


# a wire photo's credit at the end of its caption: '... January 30, 2024. REUTERS/Jane Doe' ('AFP / Jane Doe' too)
_AGENCY_CREDIT = re.compile(r"^(?P<caption>.*[.)]|)\s*(?P<credit>(?P<agency>[A-Z][A-Z.-]{1,15})\s?/\s?"
                            r"(?:[A-Z][\w.'’-]+)(?: [A-Z][\w.'’-]+){0,3}(?:/(?:File )?Photo)?)\.?$")


# '... June 20, 2023. (AP Photo/Jane Doe)', '(Pool Photo via AP)': a credit in brackets at the end
_PHOTO_SLASH_CREDIT = re.compile(r"^(?P<caption>.*?)\s*\((?P<credit>(?:[\w.-]+ ){0,3}(?i:Photo|Photos|Images?|Pool)"
                                 r"(?:\s?/\s?| via )[^()]{2,80})\)\.?$")
# '... in Moscow, December 29, 2016. Jane Doe/Sputnik/via REUTERS', '... Jane Doe /Pool via REUTERS': a credit ending 'via <AGENCY>'
_BARE_CREDIT_LABEL = re.compile(r"^Credit\s+(?P<credit>[A-Z][^/.!?]{1,40}/[^.!?]{2,60})$")
_VIA_AGENCY_CREDIT = re.compile(r"^(?P<caption>.*[.)])\s*(?P<credit>[\w.' -]{2,40}(?:/[\w.' -]{2,40}){0,3}(?:/\s?|\s)via (?P<agency>[A-Z][\w.-]+))\.?$")
