"""Person candidates: where a document names a person, beyond what the knowledge base knows.

A mixin of :class:`~.recognize._DocumentActors` (it reads the document's matches, phrases and
entities from ``self``): PERSON entities spaCy found, cleaned of what the text writes as a place
("the capital, X", "the X region", "a trip to X"), a street named after an office, a family name
before a known body ("the Assad regime"), and names the NER did not tag but a title introduces
("President X", "NATO head X").
"""
from __future__ import annotations

from .coref import name_key_tokens
from .matchers import BODY, COUNTRY, DEMONYM, IGO, ORG, PERSON, ROLE, SEAT
from .persons import PersonCandidate
from .titles import DETERMINERS, HONORIFICS, Phrase

# abbreviated role words and the word they stand for ("Sen. Cruz" ... "the senator")
ROLE_ABBREVIATIONS = {"sen.": "senator", "gov.": "governor", "rep.": "representative", "pres.": "president",
                      "gen.": "general", "sec.": "secretary", "amb.": "ambassador", "col.": "colonel",
                      "adm.": "admiral", "sgt.": "sergeant", "capt.": "captain", "lt.": "lieutenant",
                      "maj.": "major", "brig.": "brigadier", "congressman": "representative",
                      "congresswoman": "representative", "pm": "prime minister"}
COMPASS_WORDS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower",
                 "Central"}
# Words that only ever stand before a place: "eastern Ladakh", "the village of Dorna"
PLACE_ADJECTIVES = {"eastern", "western", "northern", "southern", "northeastern", "northwestern", "southeastern",
                    "southwestern", "north-eastern", "north-western", "south-eastern", "south-western"}
PLACE_NOUNS = {"village", "town", "city", "province", "region", "district", "county", "valley", "area", "territory",
               "coast", "territories", "island", "islands", "waters", "port", "border", "state", "capital", "enclave",
               "lagoon", "reef", "strait", "outskirts", "suburb", "municipality", "governorate", "oblast"}
# the last word of a street, building, prize or day named after an office ("President Street", "Minister Hotel")
FACILITY_WORDS = {"street", "avenue", "road", "square", "boulevard", "bridge", "palace", "hotel", "airport",
                  "station", "building", "center", "centre", "stadium", "highway", "prize", "award", "cup", "plaza",
                  "residence"}
# what the NER says a run of capitalised words is when it is no person's name
NOT_NAME_ENTITIES = {"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
                     "LAW", "LANGUAGE"}
# nouns of a site that a place name modifies ("the X facility") and of a journey to a place ("a trip to X")
SITE_NOUNS = {"facility", "plant", "site", "coast", "shore", "coastline", "mine", "refinery", "reactor"}
TRAVEL_NOUNS = {"trip", "journey", "flight", "tour", "travel", "voyage"}
PERSON_NAME_TRIM = {"'s", "’s", "'", "’", "(", ")", ","}
COURTESY_TITLES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss", "mme", "mme."}
# the nouns of arms and craft a make's name stands before ("Strela missiles", "the Javelin anti-tank launchers")
ARMS_NOUNS = {"missile", "rocket", "launcher", "system", "tank", "drone", "jet", "aircraft", "helicopter", "plane",
              "warship", "vessel", "ship", "submarine", "gun", "howitzer", "interceptor", "battery", "munition"}


QUOTES = {'"', '“', '”'}   # quotation marks around a name


class PersonCandidates:
    """Finding the person names of one document (mixed into the document's actor reader)."""

    def _person_candidates(self) -> list[PersonCandidate]:
        """Known people matched by name, and PERSON entities (without titles, possessives, authors)."""
        doc = self.doc
        out = [PersonCandidate(h.start, h.end, h.best.key) for h in self.hits if h.best.kind == PERSON]
        taken = {i for h in self.hits for i in range(h.start, h.end)}
        places = {ent.text for ent in self.ents if ent.label_ == "PERSON" and self._written_as_place(ent)}
        name_internal: set[int] = set()
        for ent in self.ents:
            if ent.label_ != "PERSON" and not self._titled_name(ent) and not self._family_name_of(ent, out):
                continue
            s, e = ent.start, ent.end
            while s < e and (doc[s].text in PERSON_NAME_TRIM or doc[s].lower_ in DETERMINERS
                             or (doc[s].is_punct and (s == 0 or doc[s - 1].whitespace_))   # "-- Ana Ruiz"
                             or (s in self.hit_at and not self._first_name(s, e)) or self._phrase_covering(s)
                             or doc[s].lower_ in self.kb.title_modifiers or self._place_before_known_name(s, e, out)
                             or (doc[s].lower_ in COURTESY_TITLES and s + 1 < e)) \
                    and not (ent.label_ == "PERSON" and self._given_name_before_particle(s, e)):   # "Ms Vell": "Vell"
                s += 1
            while e > s and (doc[e - 1].text in PERSON_NAME_TRIM or doc[e - 1].is_punct):
                e -= 1
            if ent.start in self.hit_at and self._state_then_name(ent):
                s = max(s, self.hit_at[ent.start].end)   # "of [Azerbaijan] Rauf Hasanov"
            if ent.label_ == "PERSON":
                e = self._particle_name_after(self._family_name_left_out(s, e))
            if ent.label_ == "PERSON" and self._glued_first_name(s):
                s -= 1   # "the Russian Federation Dmitry | Peskov": the first name went to the entity before
            elif ent.label_ == "PERSON" and self._untagged_first_name(s):
                s -= 1   # "Defence Minister Ivo | Tamm": the NER tagged the family name alone
            possessive = next((i for i in range(s + 1, e) if doc[i].text in ("'s", "’s", "'", "’")), None)
            if possessive is not None:
                e = possessive   # "Schweizer's Clinton Cash": the owner is the name, not what he owns
            if s >= e or self._skipped(s, e) or self._family(s, e) or self._prefixed_name(s, e):
                continue
            if ent.label_ == "PERSON" and self._called_organization(s, e) is not None:
                continue   # "the rights group Memorial": an organization
            if all(doc[i].lower_ in HONORIFICS for i in range(s, e)) and e < len(doc) and doc[e].ent_iob_ == "B" \
                    and doc[e].ent_type_ == "PERSON":
                continue   # "Emir *Sheikh* | Hamid bin Walid": a word of address cut off the name after it
            if doc[e - 1].lower_ in FACILITY_WORDS and s - 1 in self.phrase_end:
                continue   # "President Street": a street named after an office
            if self._place_or_term(s, e, out) or (doc[s:e].text in places and not self.kb.people_with_token(doc[e - 1].text)):
                continue   # "Ladakh" of "eastern Ladakh", "Dorna" of "the village of Dorna", wherever it stands
            if e < len(doc) and doc[e].text == "-" and not doc[e - 1].whitespace_ and not doc[e].whitespace_:
                continue   # "Mar" of "Mar-a-Lago": the first piece of a hyphenated word
            if doc[s].is_punct:
                continue   # "-Azerbaijani" left of "Turkmen-Azerbaijani talks" once the demonym is taken: no name
            if self._make_of_arms(s, e):
                continue   # "Strela anti-aircraft missiles": the make of a weapon, no person
            inner = {self.hit_at[i].start for i in range(s, e) if i in self.hit_at}
            if inner and e - s >= 2 and (s not in self.hit_at or self._first_name(s, e)) and all(
                    self.hit_start[k].best.kind in (COUNTRY, DEMONYM, SEAT) for k in inner):
                name_internal |= inner   # "Mark Cuban", "Jack London": a place word inside a name
                taken -= {i for k in inner for i in range(self.hit_start[k].start, self.hit_start[k].end)}
            if any(i in taken for i in range(s, e)):
                continue
            if not any(doc[i].is_alpha and doc[i].is_title for i in range(s, e)):
                continue
            if "\n" in doc[s:e].text or any(doc[i].like_num for i in range(s, e)):
                continue   # "Contents\n 2": a menu, not a name
            if self._is_author(doc[s:e].text):
                continue
            out.append(PersonCandidate(s, e))
            taken.update(range(s, e))
        shapes = self.m.find_name_shapes(doc)
        for p in self.phrases:   # "President X", "Interior Minister X": a name the NER did not tag
            name = self._name_after_title(p, shapes, taken)
            if name is not None:
                out.append(PersonCandidate(*name))
                taken.update(range(*name))
        for p in self.phrases:   # "X Y, spokesperson of the ministry,", "the foreign secretary, X Y,": a name the NER missed
            name = self._untagged_apposed_name(p, taken)
            if name is not None:
                out.append(PersonCandidate(*name))
                taken.update(range(*name))
        for p in self.phrases:   # "the Merkel government", "the Assad regime": a known surname before a body
            i = p.start - 1
            if p.kind == BODY and i >= 0 and i not in taken and doc[i].pos_ == "PROPN" and doc[i].is_title:
                names = self.kb.people_with_token(doc[i].text)
                if len(names) == 1:
                    out.append(PersonCandidate(i, i + 1, next(iter(names))))
                    taken.add(i)
        if name_internal:
            self._set_hits([h for h in self.hits if h.start not in name_internal])
        out.sort(key=lambda c: c.start)
        return out

    def _untagged_apposed_name(self, p: Phrase, taken: set[int]) -> tuple[int, int] | None:
        """A two- or three-word name set off by commas in apposition to a singular role word, that the NER
        left untagged or tagged only in part ("X Y, spokesperson of the ministry, said", "the country's
        foreign secretary, X Y, said"): its words are capitalised proper nouns hanging on the last one."""
        doc = self.doc
        if p.kind != ROLE or p.plural:
            return None
        head = doc[p.end - 1]
        if head.dep_ == "appos" and head.head.i < p.start:
            root = head.head                                       # name, role
        else:
            root = next((c for c in head.rights if c.dep_ == "appos" and c.i > p.end), None)   # role, name
            if root is None:
                return None
        s = root.i
        while s > 0 and doc[s - 1].dep_ == "compound" and doc[s - 1].head.i == root.i:
            s -= 1
        e = root.i + 1
        if not 2 <= e - s <= 3 or s == 0 or e >= len(doc):
            return None
        if root.i < p.start and (doc[e].text != "," or not (doc[s].is_sent_start or doc[s - 1].text in (",", '"', "”"))):
            return None   # the name opens its sentence or clause, a comma after it
        if root.i > p.start and doc[s - 1].text != ",":
            return None
        words = doc[s:e]
        if not all(t.pos_ == "PROPN" and t.is_alpha and t.is_title for t in words) \
                or any(t.lower_ in self.kb.org_words for t in words):
            return None
        if any(i in taken or i in self.hit_at or i in self.phrase_at for i in range(s, e)):
            return None
        # an entity the name is only part of ("the Ministry of External Affairs"), or a place, date or number
        if any(t.ent_type_ in NOT_NAME_ENTITIES or t.ent_type_ == "PERSON" for t in words) or any(
                ent.start < e and s < ent.end and (ent.start < s or ent.end > e) for ent in self.ents):
            return None
        if self._skipped(s, e) or self._is_author(words.text) or self.kb.state_of_place(words.text):
            return None
        return s, e

    def _make_of_arms(self, s: int, e: int) -> bool:
        """A name that only modifies a noun of arms or craft after it ("Strela missiles", "the "Sarmat"
        ballistic missile"): the words that leave the name all hang on that noun as its modifiers."""
        outside = [t for t in self.doc[s:e] if not s <= t.head.i < e]
        return bool(outside) and all(t.dep_ in ("compound", "nmod", "amod") and t.head.i >= e and t.head.pos_ == "NOUN"
                                     and t.head.lemma_.lower() in ARMS_NOUNS for t in outside)

    def _name_after_title(self, p: Phrase, shapes: dict[int, int], taken: set[int]) -> tuple[int, int] | None:
        """The tokens of a name written right after a capitalised singular role ("President X promised",
        "Gen. X") or one after its state or organization ("NATO head X"), a person whatever the NER says;
        not a street, building or body named after the office ("President Street", "Minister Hotel"), nor a
        place the NER or the base knows ("Governor Lagos")."""
        doc = self.doc
        s = p.end
        if p.kind != ROLE or p.plural or s not in shapes:
            return None
        owner = self.hit_end.get(p.start - 1)
        if not (doc[p.start].text[:1].isupper() and doc[p.end - 1].text[:1].isupper()) and not (
                owner is not None and owner.best.kind in (COUNTRY, DEMONYM, IGO, ORG)):
            return None   # a role in lower case only after its state or organization ("NATO head X")
        e = shapes[s]
        words = doc[s:e]
        if any(t.lower_ in self.kb.org_words or t.lower_ in PLACE_NOUNS or t.lower_ in FACILITY_WORDS
               or t.lower_ + "." in ROLE_ABBREVIATIONS for t in words):
            return None   # "former Army Chief Gen (retired) X": a rank without its full stop is no name
        if any(i in taken or i in self.hit_at or i in self.phrase_at for i in range(s, e)):
            return None   # "Foreign Minister Prince X" with X known: the title is of the known name inside
        if e < len(doc) and doc[e].text[:1].isupper():
            return None   # "Secretary of State Dana K. Morrow": the name goes on
        if any(doc[i].ent_type_ in NOT_NAME_ENTITIES for i in range(s, e)) or self._skipped(s, e):
            return None
        if self.kb.state_of_place(doc[s:e].text) and not self.kb.people_with_token(doc[e - 1].text):
            return None
        return s, e

    def _place_or_term(self, s: int, e: int, found: list[PersonCandidate]) -> bool:
        """A place or term the parser took for a person: a region or term the base lists ("Karabakh",
        "Brexit"), a city or province name in a list of places that no person met before or known to
        the base bears ("Munich, Reutlingen"), a place naming a meeting ("the Bratislava Ministerial meeting")."""
        doc = self.doc
        text = doc[s:e].text
        if text in self.kb.not_person_names or doc[e - 1].text in self.kb.not_person_names:
            return True   # "Karabakh", "Nagorno Karabakh"
        if e - s >= 2 and doc[e - 1].text == "State":
            return True   # "Kachin State": a province, no one's family name
        from ..events.places import geo_features
        if text.lower() in geo_features():
            return True   # "the Sahel", "Donbas": a region the gazetteer of features knows
        if e - s >= 2 and doc[s].text in COMPASS_WORDS:
            return True   # "North Waziristan": a part of a region, no one's first name
        first = doc[s].text
        if self.kb.state_of_place(first) is None:
            return False
        if e - s == 1:   # one of a list of places ("Munich, Reutlingen"), "in Douma": no person's family name
            tok = doc[s]
            near = ([tok.head] if tok.dep_ in ("conj", "appos") else []) + \
                [c for c in tok.children if c.dep_ in ("conj", "appos")]
            located = tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near", "into", "inside", "outside")
            return (located or any(n.ent_type_ in ("GPE", "LOC") or self.kb.state_of_place(n.text) for n in near)) \
                and not any(doc[c.end - 1].text == first for c in found) and not self.kb.people_with_token(first)
        last = doc[e - 1]
        return last.dep_ in ("compound", "amod") and last.head.i >= e and last.head.is_lower

    def _written_as_place(self, ent) -> bool:
        """Whether a name the parser took for a person is written as only a place is: after a compass
        adjective ("in eastern Ladakh") or as what a place noun is of ("the border village of Dorna")."""
        doc = self.doc
        if len(ent) > 2 or ent.start == 0:
            return False
        before = doc[ent.start - 1]
        if before.lower_ in PLACE_ADJECTIVES:
            return True
        if before.text == "," and ent.start >= 2 and doc[ent.start - 2].lower_ in PLACE_NOUNS:
            return True   # "police in the capital, X"
        after = doc[ent.end:ent.end + 4]
        if len(after) >= 3 and after[0].text == "," and after[1].lower_ == "the" and after[2].lower_ in PLACE_NOUNS \
                and (len(after) == 3 or after[3].lower_ == "of" or after[3].is_punct):
            return True   # "X, the capital of the province"
        root = ent.root
        if root.dep_ == "compound" and root.head.i >= ent.end and root.head.is_lower \
                and root.head.lemma_ in PLACE_NOUNS | SITE_NOUNS:
            return True   # "the X region", "the X facility"
        if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_ in TRAVEL_NOUNS:
            return True   # "a trip to X"
        return before.lower_ == "of" and ent.start >= 2 and doc[ent.start - 2].lower_ in PLACE_NOUNS

    def _place_before_known_name(self, s: int, e: int, found: list[PersonCandidate]) -> bool:
        """"in Bavaria Merkel said", "Prime Minister of Armenia Pashinyan": a state, province or city
        that the parser joined to the family name of a person met before or known to the base."""
        doc = self.doc
        if e - s != 2 or not doc[s].is_title:
            return False
        place = (s in self.hit_at and self.hit_at[s].end == s + 1 and self.hit_at[s].best.kind in (COUNTRY, SEAT)) \
            or self.kb.state_of_place(doc[s].text) is not None
        if not place:
            return False
        family = doc[e - 1].text
        return any(doc[c.end - 1].text == family and c.end - c.start >= 2 for c in found) \
            or any(name.split()[-1] == family for name in self.kb.people_with_token(family))

    def _family_name_left_out(self, s: int, e: int) -> int:
        """The end of a PERSON entity with the capitalised word the NER left out after it when the entity's last
        word is a compound of it ("President [Ada Bea] Cole, who ..."): up to four words in all."""
        doc = self.doc
        while e < len(doc) and e - s < 4 and doc[e - 1].dep_ == "compound" and doc[e - 1].head.i == e \
                and doc[e].pos_ == "PROPN" and doc[e].is_title and doc[e].is_alpha and doc[e].ent_iob_ == "O" \
                and e not in self.hit_at and doc[e].lower_ not in self.kb.org_words \
                and doc[e].lower_ not in self.kb.role_sectors and doc[e].lower_ not in FACILITY_WORDS:
            e += 1
        return e

    def _given_name_before_particle(self, s: int, e: int) -> bool:
        """Whether the title-like word opening a PERSON entity is a given name: "Sultan al-Jaber", where a family
        name particle follows it (not "Mr al-Jaber", nor "Sultan Haitham bin Tariq")."""
        doc = self.doc
        return s + 2 < e and doc[s].is_title and doc[s + 1].lower_ in self.kb.name_particles and \
            doc[s].lower_ not in DETERMINERS and doc[s].lower_ not in COURTESY_TITLES and doc[s].lower_ not in HONORIFICS

    def _particle_name_after(self, e: int) -> int:
        """The end of a PERSON entity with the family name the NER tagged apart after it, when that one opens with
        a particle ("Prince Abdulaziz | bin Salman")."""
        doc = self.doc
        if e < len(doc) and doc[e].ent_iob_ == "B" and doc[e].ent_type_ == "PERSON" and \
                doc[e].lower_ in self.kb.name_particles and doc[e - 1].ent_type_ == "PERSON" and not doc[e - 1].is_punct:
            e += 1
            while e < len(doc) and doc[e].ent_iob_ == "I":
                e += 1
        return e

    def _glued_first_name(self, s: int) -> bool:
        """Whether the token before a PERSON entity is a capitalised name word that spaCy put at the end of
        another entity, right after a known name or a role word."""
        doc = self.doc
        i = s - 1
        if i < 1 or not (doc[i].pos_ == "PROPN" and doc[i].is_title and doc[i].is_alpha) or i in self.hit_at \
                or self._phrase_covering(i) or doc[i].ent_type_ in ("", "PERSON") or doc[i].ent_iob_ == "B" \
                or not doc[i - 1].whitespace_ or doc[i].lower_ in self.kb.title_modifiers \
                or doc[i].lower_ in self.kb.org_words:   # "the African Union Commission": a body's last word
            return False
        return (i - 1) in self.hit_at or self._phrase_covering(i - 1) is not None

    def _untagged_first_name(self, s: int) -> bool:
        """Whether the token before a PERSON entity is a capitalised name word the NER left untagged, right
        after a role word ("Defence Minister Ivo Tamm" with only "Tamm" tagged)."""
        doc = self.doc
        i = s - 1
        if i < 1 or not (doc[i].pos_ == "PROPN" and doc[i].is_title and doc[i].is_alpha) or doc[i].ent_type_ \
                or i in self.hit_at or self._phrase_covering(i) or doc[i].lower_ in self.kb.title_modifiers \
                or doc[i].lower_ in self.kb.org_words or not doc[i - 1].whitespace_:
            return False
        j = i - 1
        h = self.hit_at.get(j)
        k = h.start - 1 if h is not None else 0
        k -= 1 if k >= 1 and doc[k].lower_ == "the" else 0
        if h is not None and k >= 1 and doc[k].lower_ in ("to", "of", "at"):
            j = k - 1   # "Ambassador to the UN First | Last": the role's organization before the name
        p = self._phrase_covering(j)
        return p is not None and p.kind == ROLE and not p.plural

    def _family(self, s: int, e: int) -> bool:
        """"the Clintons", "the Obamas": a family named by the plural of a surname in the text, no person."""
        tok = self.doc[s]
        if e - s != 1 or not tok.text.endswith("s") or len(tok.text) < 4:
            return False
        if self._words_written is None:
            self._words_written = {t.text for t in self.doc}
        return tok.text[:-1] in self._words_written

    def _prefixed_name(self, s: int, e: int) -> bool:
        """"pro-Clinton", "anti-Trump": an adjective made of a name."""
        doc = self.doc
        return doc[s].lower_ in ("pro", "anti", "non", "post", "pre", "ex") and s + 1 < e and doc[s + 1].text == "-" \
            or (s >= 2 and doc[s - 1].text == "-" and doc[s - 2].lower_ in ("pro", "anti", "non", "post", "pre")
                and not doc[s - 2].whitespace_)

    def _first_name(self, i: int, end: int) -> bool:
        """"Chad Sweet", "Jordan Reynolds", "India Walton": a one-word state name opening a person's name."""
        h = self.hit_at[i]
        nxt = i + 1
        return h.start == i and h.end == nxt and h.best.kind in (COUNTRY, SEAT) and nxt < end \
            and nxt not in self.hit_at and self.doc[nxt].is_title and self._phrase_covering(nxt) is None

    def _dateline_state(self) -> str | None:
        """The state of the place the dateline named ("SEOUL" → KOR), when the gazetteer knows it."""
        if not self.dateline:
            return None
        name = self.dateline.split(",")[0].strip()
        name = name.title() if name.isupper() else name
        return self.kb.state_named(name, seats=True) or self.kb.state_of_place(name)

    def _family_name_of(self, ent, found: list[PersonCandidate]) -> bool:
        """A one-word entity spaCy called an organization that is the family name of a person met before
        ("Miroslav Šebík ... Šebík said")."""
        doc = self.doc
        return ent.label_ == "ORG" and len(ent) == 1 and ent.start not in self.hit_at and ent[0].pos_ == "PROPN" \
            and any(c.end - c.start >= 2 and doc[c.end - 1].text == ent.text for c in found)

    def _titled_name(self, ent) -> bool:
        """An entity spaCy did not call PERSON right after a capitalised role ("Vice-President Moody Awori"),
        or a two- or three-word name in apposition to a role ("the EU's special envoy, Miroslav Šebík,")."""
        if ent.label_ == "WORK_OF_ART" and ent.start >= 2 and 2 <= len(ent) <= 3 and ent.end < len(self.doc) \
                and self.doc[ent.start - 1].text in QUOTES and self.doc[ent.end].text in QUOTES \
                and all(t.pos_ == "PROPN" and t.is_title for t in ent):
            role = self.phrase_end.get(ent.start - 2)   # 'rebel commander "Ana Ruiz" said': a nom de guerre in quotes
            return role is not None and role.kind == ROLE and not role.plural
        if ent.label_ not in ("ORG", "GPE", "NORP") or ent.start == 0:
            return False
        if ent.start in self.hit_at:
            return self._state_then_name(ent)
        if ent.label_ == "ORG" and self._role_then_name(ent):
            return True
        if ent.label_ == "ORG" and 1 <= len(ent) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in ent) \
                and not any(t.lower_ in self.kb.org_words for t in ent):
            if len(ent) >= 2 and ent.root.dep_ == "appos" and self._role_above(ent.root.head) \
                    and self.doc[ent.start - 1].text == ",":
                return True
            if self._role_apposed(ent):   # "Kurti, Kosovo's prime minister, said": a surname alone too
                return True
        role = self.phrase_end.get(ent.start - 1)
        if role is None or role.kind != ROLE or role.plural or not all(t.is_title for t in ent):
            return False
        # "police spokesperson Faruk Hossain": after a role word in lower case, a two- or three-word
        # name that holds no word of an organization's name
        return self.doc[ent.start - 1].is_title or (
            ent.label_ == "ORG" and 2 <= len(ent) <= 3 and all(t.pos_ == "PROPN" for t in ent)
            and not any(t.lower_ in self.kb.org_words for t in ent))

    def _role_then_name(self, ent) -> bool:
        """"Coast Guard Spokesperson Ana Quispe" read as one organization: a singular role word inside the
        entity, then a two- or three-word name that ends it (the role is trimmed off the name later)."""
        doc = self.doc
        for k in range(ent.start, ent.end - 2):
            role = self.phrase_end.get(k)
            name = doc[k + 1:ent.end]
            if role is not None and role.kind == ROLE and not role.plural and 2 <= len(name) <= 3 \
                    and all(t.pos_ == "PROPN" and t.is_title for t in name) \
                    and not any(t.lower_ in self.kb.org_words or t.i in self.hit_at for t in name):
                return True
        return False

    def _role_apposed(self, ent) -> bool:
        """"Rauf Hasanov, Assistant to the President ..., said": a name followed by a comma and a role
        word in apposition to it."""
        doc = self.doc
        k = ent.end + 1
        if ent.end >= len(doc) or doc[ent.end].text != ",":
            return False
        while k < len(doc):
            state = self.hit_start.get(k)
            if doc[k].lower_ in DETERMINERS or doc[k].lower_ in self.kb.title_modifiers:
                k += 1
            elif state is not None and state.best.kind in (COUNTRY, DEMONYM):   # "Kosovo's", "the Kenyan"
                k = state.end + (1 if state.end < len(doc) and doc[state.end].text in ("'s", "’s") else 0)
            else:
                break
        phrase = self.phrase_start.get(k)
        if phrase is None or phrase.kind != ROLE or phrase.plural:
            return False
        head = doc[phrase.end - 1]   # in apposition, or parsed as a second subject of the name's verb
        return (head.dep_ == "appos" and head.head.i == ent.root.i) or (
            head.dep_ == "nsubj" and ent.root.dep_ == "nsubj" and head.head.i == ent.root.head.i)

    def _state_then_name(self, ent) -> bool:
        """"the President of [Azerbaijan Rauf Hasanov]": an entity that runs a role's state on into a
        two- or three-word name (the state is trimmed off the name later)."""
        doc = self.doc
        hit = self.hit_at[ent.start]
        if hit.start != ent.start or hit.best.kind not in (COUNTRY, SEAT) or not 2 <= ent.end - hit.end <= 3:
            return False
        name = doc[hit.end:ent.end]
        if not all(t.pos_ == "PROPN" and t.is_title for t in name) or any(t.lower_ in self.kb.org_words for t in name) \
                or any(i in self.hit_at or self.phrase_at.get(i) for i in range(hit.end, ent.end)):
            return False
        k = ent.start - 1
        if doc[k].lower_ == "the" and k > 0:
            k -= 1
        if doc[k].lower_ != "of" or k == 0:
            return False
        role = self.phrase_end.get(k - 1)
        return role is not None and role.kind == ROLE and not role.plural

    def _role_above(self, tok) -> bool:
        """Whether ``tok`` is a singular role word, or a noun of the phrase that says more about one
        ("the special envoy for the *dialogue*")."""
        for _ in range(4):
            phrase = self.phrase_at.get(tok.i)
            if phrase is not None and phrase.kind == ROLE:
                return not phrase.plural
            if tok.dep_ not in ("pobj", "prep", "compound") or tok.head is tok:
                return False
            tok = tok.head
        return False

    def _phrase_covering(self, i: int) -> Phrase | None:
        return self.phrase_at.get(i)

    def _is_author(self, text: str) -> bool:
        toks = name_key_tokens(text)
        return any(toks and (toks <= a or (len(toks & a) >= 1 and len(a) >= 2 and len(toks & a) == len(a)))
                   for a in self.author_tokens)
