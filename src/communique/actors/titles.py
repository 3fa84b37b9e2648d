"""Titles: the words around a name or a role word that say who someone is and for whom they act.

"Russian President Vladimir Putin", "Japan's Vice Foreign Minister, Kenji Sato",
"Lula's running mate Vice President Geraldo Alckmin", "Salaheddine Sidhoum, Algeria's leading human
rights activist,", "the president of Armenia": a title is read token by token away from the name,
over role words, state and organization names, possessors and harmless modifiers, and stops at
the first word that is none of these. Nothing is parsed again: it reads the matches already made.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from .matchers import BODY, COUNTRY, DEMONYM, IGO, ORG, ROLE, SEAT, Hit

DETERMINERS = {"the", "a", "an"}
# words that may open a title but are not part of the mention ("his Kenyan counterpart, William Ruto")
LEADING_WORDS = DETERMINERS | {"his", "her", "their", "its", "our", "my", "your", "and", "or"}
POSSESSIVE = {"'s", "’s", "'", "’"}
REF_KINDS = (COUNTRY, DEMONYM, SEAT, IGO, ORG)
# words of address before a name, no office of their own: "the Foreign Minister, *Prince* X"
HONORIFICS = {"prince", "princess", "sheikh", "sheikha", "shaikh", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir",
              "lord", "dame", "prof", "prof.", "madam"}
# military ranks written before a name that a role before a comma describes ("the junta leader, Gen. X,")
RANKS_BEFORE_NAMES = {"gen", "gen.", "general", "col", "col.", "colonel", "lt", "lt.", "lieutenant", "maj", "maj.",
                      "major", "brig", "brig.", "brigadier", "adm", "adm.", "admiral", "capt", "capt.", "captain",
                      "marshal"}

# words that name a kind of place; alone they stand for the one of that kind the reader knows ("the Gulf"),
# not for a province that happens to bear the word as its name
FEATURE_WORDS = {"gulf", "sea", "strait", "straits", "coast", "bay", "islands", "lakes", "peninsula", "highlands"}


@dataclass
class Phrase:
    """A role or body phrase: tokens [start, end)."""
    start: int
    end: int
    kind: str          # ROLE or BODY
    value: str         # sector (ROLE) or body name (BODY)
    plural: bool = False


@dataclass
class Title:
    start: int                     # first token of the whole mention (title and name)
    end: int                       # one past its last token
    phrases: list[Phrase] = field(default_factory=list)   # role and body phrases in it
    refs: list[Hit] = field(default_factory=list)         # states and organizations in it
    possessor: int | None = None   # token index of a person who owns the title ("Hu's successor")
    extension: tuple[int, int] | None = None              # the role's words as written, [start, end)
    # role phrases after "of" that say whose office it is, not what it is: "Press Secretary of the
    # *President* of Russia"
    owner_phrases: list[Phrase] = field(default_factory=list)
    # the role before "to the ..." ("*Assistant* to the President of Azerbaijan"): the name's own role
    # unless the name is that of the one who holds the office after "to"
    aide: Phrase | None = None

    def as_aide(self) -> None:
        """The name is the aide's: the office after "to" is whose aide he is."""
        if self.aide is not None:
            self.owner_phrases += self.phrases
            self.phrases = [self.aide]
            self.start = min(self.start, self.aide.start)
            self.aide = None

    @property
    def roles(self) -> list[Phrase]:
        return [p for p in self.phrases if p.kind == ROLE]

    def absorbed(self) -> set[int]:
        """Tokens whose states, bodies and roles this title uses up (not mentions of their own)."""
        out: set[int] = set()
        for h in self.refs:
            out.update(range(h.start, h.end))
        for p in self.phrases + self.owner_phrases:
            out.update(range(p.start, p.end))
        return out


class TitleReader:
    """Reads titles off a doc, given lookups of what was matched where."""

    def __init__(self, doc, hit_ending: Callable[[int], Hit | None], phrase_ending: Callable[[int], Phrase | None],
                 phrase_starting: Callable[[int], Phrase | None], hit_starting: Callable[[int], Hit | None],
                 person_ending: Callable[[int], int | None], modifiers: set[str],
                 sentence: Callable[[int], tuple[int, int]]):
        self.doc = doc
        self.sentence = sentence   # token index → (first token, one past the last) of its sentence
        self.hit_ending, self.phrase_ending = hit_ending, phrase_ending
        self.hit_starting, self.phrase_starting = hit_starting, phrase_starting
        self.person_ending = person_ending
        self.modifiers = modifiers
        self.place_state: Callable[[str], str | None] = lambda text: None   # "Texas" → "USA"
        self.body_words: set[str] = set()   # words that close a body's name ("commission", "council")

    # -- leftwards ---------------------------------------------------------------
    def left(self, start: int, title: Title) -> None:
        """Extends ``title`` leftwards from token ``start`` (exclusive) within the sentence."""
        doc = self.doc
        floor = self.sentence(min(start, len(doc) - 1))[0]
        i = start - 1
        if i > floor and doc[i].lower_ in HONORIFICS and doc[i].is_title and self.phrase_ending(i) is None:
            title.start, i = i, i - 1   # "the Foreign Minister, Prince X": over the address
        elif i - 1 > floor and doc[i].lower_ in RANKS_BEFORE_NAMES and doc[i].is_title and doc[i - 1].text == "," \
                and (role := self.phrase_ending(i - 2)) is not None and role.kind == ROLE and not role.plural:
            i -= 1   # "Ruritania's junta leader, Gen X,": over the rank to the role before the comma
        portfolio = self._role_before_portfolio(i, floor) if title.start == start else None
        if portfolio is not None:   # "Ruritania's minister *of state for trade* Jan Novak"
            title.phrases.append(portfolio)
            title.start, i = portfolio.start, portfolio.start - 1
        if i > floor and doc[i].text in ('"', "“") and (role := self.phrase_ending(i - 1)) is not None \
                and role.kind == ROLE and not role.plural:
            i -= 1   # 'rebel commander "Ana Ruiz"': over the quotation mark opening a nom de guerre
        before = self.hit_ending(i - 1) if i > floor else None
        if before is None and i > floor and doc[i].text == ",":
            opening = self._abbreviation_opening(i - 1, floor)   # "the chairman of the Arab League (AL), Jan Novak"
            before = self.hit_ending(opening - 1) if opening is not None else None
        owned = self._owned_role(before, floor) if i > floor and doc[i].text == "," and before is not None \
            and before.best.kind in REF_KINDS else None
        if owned is not None and not (self._name_closes(title.end) or self._opens_sentence(owned.start, floor, title.end)):
            owned = None
        if owned is not None:   # "the prime minister of Ruritania, Jan Novak,"
            title.refs.append(before)
        elif i > floor and doc[i].text == "," and self._name_closes(title.end):
            owned = self._role_before_complement(i, floor)   # "the EU envoy for the dialogue, Jan Novak,"
        if owned is not None:
            title.phrases.append(owned)
            title.start = owned.start
            i = owned.start - 1
        elif i > floor and doc[i].text == "," and (self.phrase_ending(i - 1) or doc[i - 1].lower_ in self.modifiers or (
                before is not None and before.best.kind in REF_KINDS and self._sent_to(before, floor) is not None)):
            i -= 1  # "Japan's Vice Foreign Minister, Kenji Sato", "Britain's ambassador to the UN, Karen Pierce"
        while i >= floor:
            tok = doc[i]
            head = self._role_of(i, floor, title) if title.start == i + 1 else None
            if head is not None:   # "the Minister of Foreign Affairs of the Republic of Latvia Ilze Kalnina"
                title.owner_phrases += title.phrases
                title.phrases = [head]
                title.start = head.start
                i = head.start - 1
                continue
            phrase = self.phrase_ending(i)
            if phrase is not None:
                title.phrases.append(phrase)
                title.start = i = phrase.start
                i -= 1
                continue
            hit = self.hit_ending(i)
            sent_to = self._sent_to(hit, floor) if hit is not None and hit.best.kind in REF_KINDS else None
            if sent_to is not None:   # "the Latvian permanent representative to the United Nations Anna Berzina"
                title.start = sent_to
                i = sent_to - 1
                continue
            if hit is not None and hit.best.kind in REF_KINDS:
                title.refs.append(hit)
                title.start = hit.start
                i = hit.start - 1
                continue
            opening = self._abbreviation_opening(i, floor) if title.start == i + 1 else None
            if opening is not None:
                title.start = opening   # "of the Atomic Energy Organization of Iran (AEOI) Jan Novak": the
                i = opening - 1         # organization's abbreviation between the title and the name
                continue
            owner = self.hit_ending(i - 1) if i > floor and title.start == i + 1 and tok.is_title \
                and tok.lower_ in self.body_words else None
            if owner is not None and owner.best.kind in REF_KINDS:
                title.start = i   # "the Chairperson of the African Union *Commission* Jan Novak": a body of the
                i -= 1            # organization or state named before it
                continue
            to = i - 1 if tok.lower_ == "the" and i - 1 > floor and doc[i - 1].lower_ == "to" else i
            if doc[to].lower_ == "to" and title.phrases and title.start == i + 1 and to - 1 >= floor:
                aide = self.phrase_ending(to - 1)
                if aide is not None and aide.kind == ROLE and not aide.plural:
                    # "Assistant to the President of Ruritania X": X is the president, or his assistant
                    # (the person resolver decides, by who holds the office)
                    title.aide = aide
                    break
            if title.phrases and title.start == i + 1 and self.person_ending(i) is not None:
                title.possessor = self.person_ending(i)   # "the Obama administration", "the Assad regime"
                break
            if tok.text in POSSESSIVE and i - 1 >= floor:
                owner = self.hit_ending(i - 1)
                if owner is not None and owner.best.kind in REF_KINDS:
                    title.refs.append(owner)
                    title.start, i = owner.start, owner.start - 1
                    continue
                body = self.phrase_ending(i - 1)
                if body is not None and body.kind == BODY and title.roles:
                    title.start, i = body.start, body.start - 1   # "the Chinese Foreign Ministry's spokesman":
                    continue                                      # the state of the body is the role's
                person = self.person_ending(i - 1)
                if person is not None:
                    title.possessor = person
                break
            j = i - 1 if i - 1 > floor and doc[i - 1].is_lower and doc[i - 1].is_alpha \
                and doc[i - 1].dep_ in ("amod", "compound") and doc[i - 1].head.i == i else i   # "*internal* affairs"
            named_state = self.hit_ending(j - 1) if j > floor else None
            if named_state is None and j - 1 > floor and doc[j - 1].text in POSSESSIVE:
                named_state = self.hit_ending(j - 2)   # "Ruritania's *security* minister"
            if title.phrases and title.phrases[0].kind in (BODY, ROLE) and title.start == i + 1 and tok.is_lower \
                    and tok.is_alpha and tok.dep_ in ("amod", "compound") \
                    and tok.head.i in (title.phrases[0].end - 1, i + 1) and named_state is not None \
                    and named_state.best.kind in REF_KINDS:
                title.start = i   # "Chinese *maritime* militia", "Ruritanian *security* minister": a plain word
                i -= 1
                continue
            low = tok.lower_
            if low in self.modifiers or (low == "-" and i + 1 < start):
                title.start = i
                i -= 1
                continue
            if self._extends_role(tok, title):
                title.start = i
                i -= 1
                continue
            place = self._place_before_role(i, title)
            if place is not None:   # "Texas Senator", "former New York Governor", "Chicago Mayor"
                title.start = i = place
                i -= 1
                continue
            break
        self._trim_left(title, start)

    def _sent_to(self, hit: Hit, floor: int) -> int | None:
        """The "to" before a state or IGO that a role word right before it is sent to ("ambassador to
        the United Nations"): where the envoy is sent, not whom he acts for."""
        doc = self.doc
        k = hit.start - 1
        if k > floor and doc[k].lower_ == "the":
            k -= 1
        if k <= floor or doc[k].lower_ != "to" or self.phrase_starting(hit.end) is not None:
            return None   # "an aide to Peruvian Prime Minister X": the state names the office after it
        phrase = self.phrase_ending(k - 1)
        return k if phrase is not None and phrase.kind == ROLE and not phrase.plural else None

    def _owned_role(self, hit: Hit, floor: int) -> Phrase | None:
        """The singular role word that stands before "of [the]" and this state or organization ("the
        *president* of Colombia"), if any."""
        doc = self.doc
        k = hit.start - 1
        if k > floor and doc[k].lower_ == "the":
            k -= 1
        if k <= floor or doc[k].lower_ not in ("of", "for"):
            return None
        phrase = self.phrase_ending(k - 1)
        return phrase if phrase is not None and phrase.kind == ROLE and not phrase.plural else None

    def _role_before_complement(self, comma: int, floor: int) -> Phrase | None:
        """The singular role word a few words before ``comma`` whose complement fills the words between
        ("the special envoy *for the water talks*, Jan Novak"), or None. The words between hold no verb,
        no punctuation and no other role word."""
        doc = self.doc
        k = comma - 1
        while k > floor and comma - k <= 7:
            phrase = self.phrase_ending(k - 1)
            if phrase is not None and (doc[k].lower_ in ("for", "on", "in", "at", "of")
                                       or (doc[k].tag_ == "VBG" and doc[k].head.i == k - 1)):   # "leading the talks"
                return phrase if phrase.kind == ROLE and not phrase.plural else None
            tok = doc[k]
            if tok.is_punct and tok.text not in ("-", "–") or tok.pos_ in ("VERB", "AUX") or self.phrase_ending(k):
                return None
            k -= 1
        return None

    def _role_before_portfolio(self, i: int, floor: int) -> Phrase | None:
        """The singular role word before the portfolio that ends at token ``i`` right before a name: "for"
        and up to four words ("minister *for inland fisheries* Jan Novak", "Under Secretary *for Arctic
        Policy* Ana Ruiz"), with "of state" between ("minister *of state* for ..."); None when any of
        the words is no noun or adjective, or names a person, place or organization."""
        doc = self.doc
        k = i
        while k > floor and i - k < 4 and doc[k].lower_ != "for":
            tok = doc[k]
            if not tok.is_alpha or tok.pos_ not in ("NOUN", "PROPN", "ADJ", "CCONJ") \
                    or tok.ent_type_ in ("PERSON", "GPE", "ORG") or self.phrase_ending(k) is not None:
                return None
            k -= 1
        if k == i or k <= floor or doc[k].lower_ != "for":
            return None
        j = k - 1
        if j - 1 > floor and doc[j].lower_ == "state" and doc[j - 1].lower_ == "of" and self.phrase_ending(j) is None:
            j -= 2
        phrase = self.phrase_ending(j)
        return phrase if phrase is not None and phrase.kind == ROLE and not phrase.plural else None

    def _opens_sentence(self, role_start: int, floor: int, end: int) -> bool:
        """Whether the role word opens the sentence ("The chairman of the Arab League, Jan Novak on Monday
        said"): the name after the comma is then the one it describes, not the subject of a clause of its own
        (unless a list goes on: "The president of Ruritania, Jan Novak and Ana Veldt met")."""
        doc = self.doc
        return all(doc[k].lower_ in ("the", "a", "an") for k in range(floor, role_start)) \
            and not (end < len(doc) and doc[end].lower_ in ("and", "or"))

    def _name_closes(self, end: int) -> bool:
        """Whether the name ending before token ``end`` closes its apposition (", Jan Novak, said", "...,
        Jan Novak."), so it is the one the title before the comma describes, not the subject of a new clause."""
        doc = self.doc
        while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "PERSON":
            end += 1   # the rest of the name as the NER reads it ("Omar bin Said *Al Qasim*,")
        return end >= len(doc) or doc[end].text in (",", ".", ";", ")") or doc[end].is_sent_start

    def _abbreviation_opening(self, i: int, floor: int) -> int | None:
        """The "(" of a bracketed abbreviation "(AEOI)" that ends at token ``i`` right after the name of
        a state or organization."""
        doc = self.doc
        if doc[i].text != ")":
            return None
        k = i - 1
        while k > floor and i - k <= 3 and doc[k].text != "(":
            if not (doc[k].is_upper or doc[k].text in ("-", "&")):
                return None
            k -= 1
        if k <= floor or doc[k].text != "(" or k == i - 1:
            return None
        before = self.hit_ending(k - 1)
        return k if before is not None and before.best.kind in REF_KINDS else None

    def _role_of(self, i: int, floor: int, title: Title) -> Phrase | None:
        """The role phrase before "of [the]" that ends at token ``i``, when what follows "of" (already
        read into the title) is a state, an organization or another office: "Minister of Foreign and
        European Affairs of *the Republic of Latvia*", "Press Secretary of *the President of Russia*"."""
        doc = self.doc
        if not (title.refs or title.phrases):
            return None
        k = i - 1 if doc[i].lower_ == "the" else i
        if k <= floor or doc[k].lower_ != "of":
            return None
        # capitalised words of the office between the role word and "of": "of Foreign and European Affairs"
        j = k - 1
        if self.phrase_ending(j) is None:
            over = self.phrase_starting(j)   # "President of the Republic" is a role word too: "President" here
            if over is not None and over.end > k and over.kind == ROLE and not over.plural and doc[j].is_title:
                return Phrase(j, k, over.kind, over.value)
        while j > floor and k - j <= 6 and self.phrase_ending(j) is None and \
                (doc[j].is_title or doc[j].lower_ in ("and", "of", "&", "the")) \
                and doc[j].ent_type_ not in ("PERSON", "GPE"):
            j -= 1
        phrase = self.phrase_ending(j)
        if phrase is None or phrase.kind != ROLE or phrase.plural or not doc[phrase.end - 1].is_title:
            return None
        return Phrase(phrase.start, k, phrase.kind, phrase.value) if k > phrase.end else phrase

    def _extends_role(self, tok, title: Title) -> bool:
        """Capitalised words before a role ("Planning and Investment Minister")."""
        if not title.phrases or title.start != tok.i + 1:
            return False
        if tok.lower_ == "and":  # not "Sierra Leonean and Liberian refugees": two states, two groups
            prev = self.doc[tok.i - 1] if tok.i > 0 else None
            if prev is not None and self._second_office(prev.i, title):
                return True   # "Czech Deputy Premier and Trade Minister X": two offices of one man
            return prev is not None and prev.is_title and prev.pos_ in ("PROPN", "NOUN") and prev.ent_type_ != "PERSON" \
                and self.hit_ending(prev.i) is None and self.person_ending(prev.i) is None \
                and self.phrase_ending(prev.i) is None   # not "Congress and President Obama": two actors
        return tok.is_title and tok.pos_ in ("PROPN", "NOUN") and not tok.ent_type_ in ("PERSON", "GPE")

    def _second_office(self, i: int, title: Title) -> bool:
        """Whether the capitalised singular role ending at token ``i``, before "and" and the title's own
        capitalised role, is a first office of the same person: the state before it names both, and no
        state of its own stands between "and" and the name ("French President and German Chancellor X"
        are two), and no article makes the first a person of its own ("the Speaker and President X")."""
        doc = self.doc
        first = self.phrase_ending(i)
        own = title.phrases[0]
        if title.end <= own.end:
            return False   # a role word alone, no name after it: "the Deputy Premier and Minister of Trade X"
        if first is None or first.kind != ROLE or first.plural or own.kind != ROLE or own.plural or title.refs \
                or not (doc[i].is_title and doc[first.start].is_title and doc[own.start].is_title):
            return False
        k = first.start - 1
        while k >= 0 and doc[k].lower_ in self.modifiers:   # "Czech *Deputy* Premier and Trade Minister X"
            k -= 1
        if k >= 0 and doc[k].text in POSSESSIVE:
            k -= 1
        state = self.hit_ending(k) if k >= 0 else None
        return state is not None and state.best.kind in (COUNTRY, DEMONYM)

    def _place_before_role(self, i: int, title: Title) -> int | None:
        """The first token of a province or city of a known state that ends at token ``i`` right
        before the role words."""
        if not title.phrases or title.start != i + 1 or self.doc[i].ent_type_ not in ("GPE", "LOC"):
            return None
        j = i
        while j > 0 and self.doc[j].ent_iob_ == "I":
            j -= 1
        return j if self.place_state(self.doc[j:i + 1].text) else None

    def _trim_left(self, title: Title, start: int) -> None:
        """A title that holds no role, state or owner is no title: the mention is the name."""
        doc = self.doc
        if not title.phrases and not title.refs and title.possessor is None:
            title.start = start
            return
        while title.start < start and (doc[title.start].lower_ in LEADING_WORDS or doc[title.start].text in ","):
            title.start += 1

    # -- rightwards ------------------------------------------------------------
    def right_apposition(self, end: int, title: Title) -> None:
        """", Algeria's leading human rights activist," after a name: a title that follows it."""
        doc = self.doc
        if end >= len(doc) or doc[end].text != ",":
            return
        ceiling = self.sentence(end)[1]
        name = doc[end - 1]
        # the verb the name is the subject of: a long apposition may run on up to it with no closing comma
        # ("X, Assistant to the President - Head of the Department said")
        verb = name.head.i if name.dep_ in ("nsubj", "nsubjpass") and name.head.i > end else None
        j = end + 1
        found = Title(start=j, end=j)
        if j < ceiling and doc[j].lower_ in ("and", "or", "but"):
            return
        owned = False   # past the "of"/"for" after the role: the words name whose office it is
        while j < ceiling:
            tok = doc[j]
            phrase = self.phrase_starting(j)
            if phrase is not None and owned and phrase.kind == ROLE:
                found.owner_phrases.append(phrase)   # "chairman of the County GOP *Executive* Committee"
                j = phrase.end
                continue
            if phrase is not None and phrase.plural:
                return
            if phrase is not None:
                found.phrases.append(phrase)
                j = phrase.end
                continue
            hit = self.hit_starting(j)
            if hit is not None and hit.best.kind in REF_KINDS:
                found.refs.append(hit)
                j = hit.end
                continue
            if tok.lower_ == "to" and found.roles and j == found.phrases[-1].end:
                # "a former American ambassador to Syria": the state it is sent to is no owner; but the
                # state of the office an aide serves is his ("Aide to the Prime Minister of Ruritania")
                owner = self._office_state(j + 1, ceiling)
                if owner is not None:
                    found.owner_phrases.append(owner[0])
                    found.refs.append(owner[1])
                k = j + 1
                while k < min(ceiling, j + 8 if verb is None else verb + 1) and doc[k].text not in (",", ".", ";", ")") \
                        and k != verb:
                    k += 1
                j = k
                break
            if tok.text == "-" and not tok.whitespace_ and j > found.start and doc[j - 1].lower_ in self.modifiers:
                j += 1   # "co-leader", "ex-minister"
                continue
            owned = owned or (tok.lower_ in ("of", "for") and bool(found.roles))
            if tok.lower_ in DETERMINERS or tok.lower_ in self.modifiers or tok.text in POSSESSIVE \
                    or tok.lower_ in ("of", "and", "for") or (tok.is_title and tok.pos_ in ("PROPN", "NOUN", "ADJ")
                                                       and tok.ent_type_ != "PERSON"):
                j += 1
                continue
            if not found.roles and self._modifies_ahead(tok, ceiling):
                j += 1   # "unification ministry spokesman": lower-case words that modify the role word
                continue
            if found.roles:
                j = self._role_complement(j, ceiling, verb)   # "a spokesman based in Qatar,"
            break
        closes = j >= ceiling or doc[j].text in (",", ".", ";", ")") or doc[j].is_sent_end or j == verb
        if found.roles and closes:
            title.phrases += found.phrases
            title.refs += found.refs
            title.owner_phrases += found.owner_phrases
            title.end = j

    def _office_state(self, k: int, ceiling: int) -> tuple[Phrase, Hit] | None:
        """The role and the state or organization of "[the] ROLE of [the] STATE" starting at token ``k``."""
        doc = self.doc
        if k < ceiling and doc[k].lower_ == "the":
            k += 1
        phrase = self.phrase_starting(k) if k < ceiling else None
        if phrase is None or phrase.kind != ROLE:
            return None
        for i in range(phrase.start + 1, min(ceiling, phrase.end + 3)):   # "President of [the Republic of] X"
            hit = self.hit_starting(i)
            if hit is not None and hit.best.kind in REF_KINDS and doc[hit.start - 1].lower_ in ("of", "the"):
                return phrase, hit
        return None

    def _modifies_ahead(self, tok, ceiling: int) -> bool:
        """A lower-case noun or adjective that modifies a word further on in an apposition
        ("*unification* minister", "*defence* ministry official")."""
        return tok.is_lower and tok.pos_ in ("NOUN", "ADJ", "PROPN") and tok.dep_ in ("compound", "amod", "nmod") \
            and tok.i < tok.head.i < ceiling and tok.ent_type_ != "PERSON"

    def _role_complement(self, j: int, ceiling: int, verb: int | None = None) -> int:
        """Where the words after a role word in an apposition end, when they only say more about
        the role ("the envoy *for the dialogue*,", "a spokesman *based in Qatar*,", "the minister *in
        charge of border affairs*,"): the closing comma within a few words, with no finite verb and
        no other person between. Else ``j`` itself."""
        doc = self.doc
        k = j
        while k < min(ceiling, j + 10 if verb is None else max(j + 10, verb + 1)):
            tok = doc[k]
            if tok.text in (",", ";", ")") or tok.is_sent_end or k == verb:
                return k
            if tok.tag_ in ("VBD", "VBZ", "VBP", "MD") or tok.ent_type_ == "PERSON" or tok.lower_ in ("who", "that",
                                                                                                   "which"):
                return j
            k += 1
        return k if k >= ceiling else j

    def of_ref(self, end: int, title: Title) -> None:
        """"president of Armenia", "Secretary-General of the United Nations": the owner after "of"."""
        doc = self.doc
        j = end
        if j < len(doc) and doc[j].lower_ in ("of", "for"):   # "spokesman for the Kremlin"
            j += 1
            hit = self.hit_starting(j)   # a name that takes "the" ("the Kremlin")
            if hit is None and j < len(doc) and doc[j].lower_ == "the":
                hit = self.hit_starting(j + 1)
            if hit is not None and hit.end < len(doc) and doc[hit.end].text in POSSESSIVE:
                return   # "the chief of Ruritania's largest bank": the owner is what the state owns
            if hit is not None and hit.best.kind in (COUNTRY, IGO, ORG):
                title.refs.append(hit)
                title.end = hit.end

    def read(self, start: int, end: int) -> Title:
        """The title around the name in tokens [start, end)."""
        title = Title(start=start, end=end)
        self.left(start, title)
        self.right_apposition(end, title)
        title.phrases.sort(key=lambda p: p.start)
        return title

    def role_words(self, title: Title) -> tuple[int, int] | None:
        """Tokens [start, end) of the role as written: from the first role/body word to the last role word."""
        roles = title.roles
        if not roles:
            return None
        last = roles[-1]
        first = last.start
        for p in reversed(title.phrases):
            if p.end == first or (p.end < first and all(self.doc[k].is_title or self.doc[k].lower_ == "and"
                                                        for k in range(p.end, first))):
                first = p.start
        # capitalised extension words just before ("Planning and Investment Minister")
        k = first - 1
        while k >= title.start and (self.doc[k].is_title or self.doc[k].lower_ == "and") \
                and not self.hit_ending(k) and self.doc[k].lower_ not in self.modifiers \
                and self.doc[k].ent_type_ not in ("PERSON", "GPE", "NORP"):
            first = k
            k -= 1
        if self.doc[first].lower_ == "and":
            first += 1
        return first, last.end

