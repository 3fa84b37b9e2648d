"""Words of force and support in election and campaign talk, which report no PLOVER act: a contest
between candidates ("crushed his rival in the primary"), an attack in words ("attacked her record"),
a poll share ("support among voters fell"), a candidate's own rally, a fight for a cause ("fight for
working families"). :mod:`.senses` asks these for every trigger of those kinds.
"""
from __future__ import annotations

from spacy.tokens import Token

from .syntax import acting_subject


# verbs of force that name a contest or a verbal clash when one named person does them to another
CONTEST_VERBS = {"attack", "beat", "crush", "trounce", "clobber", "pummel", "batter", "thrash", "fight", "battle"}
VERBAL_ATTACKS = {"attack"}
ROUT_VERBS = {"crush", "trounce", "clobber", "thrash"}
ROUTED = {"class", "party", "candidate", "nominee", "campaign", "team", "incumbent", "senator", "governor", "challenger"}
CONTESTANT_PRONOUNS = {"him", "her", "them", "me", "you", "us", "he", "she", "they", "i", "we"}


def contest_between_persons(token: Token) -> bool:
    """Whether a verb of force has a named person doing it to a named person (or to a pronoun
    standing for one): "Sanders would beat Trump", "Trump attacked Clinton", "crushed him in El
    Paso" (a contest or a verbal clash, not force); "gunmen attacked him", "police beat her" keep
    their force (the doer is no named person)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in CONTEST_VERBS:
        return False
    kids = list(token.children)
    if token.lemma_.lower() in ROUT_VERBS and not any(c.dep_ == "dobj" for c in kids):
        # "he crushed in Michigan", "they got crushed", "the middle class gets crushed", "would be
        # crushed in a landslide": a rout at the polls or a figure; "the revolt was crushed" stays
        undergoers = [c for c in kids if c.dep_ == "nsubjpass"]
        if not undergoers or any(u.ent_type_ == "PERSON" or u.lower_ in CONTESTANT_PRONOUNS or u.lemma_.lower() in ROUTED
                                 for u in undergoers):
            return True
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids)
    if passive:
        doers = [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        done = [c for c in kids if c.dep_ == "nsubjpass"]
    else:
        doers = [c for c in kids if c.dep_ == "nsubj"]
        up = token
        while not doers and up.dep_ in ("xcomp", "conj") and up.head.pos_ in ("VERB", "AUX") and up.head is not up:
            up = up.head      # "wants to beat Trump", "vowed to keep attacking Clinton"
            doers = [c for c in up.children if c.dep_ == "nsubj"]
        done = [c for c in kids if c.dep_ == "dobj"]
    named = lambda t: t.ent_type_ == "PERSON"
    if any(named(d) for d in doers) and any(named(d) or d.lower_ in CONTESTANT_PRONOUNS for d in done) or \
            any(d.lower_ in CONTESTANT_PRONOUNS - {"them", "they"} for d in doers) and any(named(d) for d in done):
        return True
    # beaten at the polls ("beat her at the ballot box", "beat him in the primary"), or a named person
    # beaten by someone who is no force ("the only candidate who can beat Trump"; "police beat Ahmed" stays)
    arenas = [g for c in kids if c.dep_ == "prep" and c.lower_ in ("at", "in") for g in c.children if g.dep_ == "pobj"]
    if token.lemma_.lower() not in VERBAL_ATTACKS and any(a.lemma_.lower() in ARENAS for a in arenas):
        return True     # ("gunmen attacked voters at the polls" stays force)
    # a margin or a rival in a race: "beat the senator by 18 points", "Clinton beat the senator"
    margins = [g for c in kids if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
    if token.lemma_.lower() not in VERBAL_ATTACKS and (any(m.lemma_.lower() in MARGINS for m in margins) or
                                                       any(named(d) for d in doers) and
                                                       any(d.lemma_.lower() in ROUTED for d in done)):
        return True
    if not doers and not passive and acting_subject(token) is not None:
        doers = [acting_subject(token)]      # "the candidate most likely to beat Clinton"
    # (only "beat": the tagger takes armed groups for persons, and "the army is battling Boko Haram" is war)
    return token.lemma_.lower() == "beat" and any(named(d) for d in done) and bool(doers) and \
        not any(d.lemma_.lower() in FORCE_DOERS or d.ent_type_ in ("NORP", "GPE", "ORG") for d in doers)


# where a contest is won ("at the polls", "in the primary")
ARENAS = {"poll", "ballot", "box", "primary", "primaries", "election", "race", "caucus", "caucuses", "vote", "convention",
          "debate", "nomination", "contest", "runoff", "polling"}
MARGINS = {"point", "vote", "percent", "margin", "delegate", "percentage"}
# who beats people with force ("police beat Ahmed", "gunmen beat the driver")
FORCE_DOERS = {"police", "officer", "policeman", "soldier", "troop", "guard", "gunman", "militant", "mob", "attacker",
               "assailant", "rebel", "militia", "militiaman", "force", "man", "crowd", "gang", "thug", "security", "army",
               "fighter", "insurgent", "jihadist", "terrorist", "protester", "demonstrator", "inmate", "prisoner", "captor",
               "kidnapper", "agent", "settler", "vigilante", "student", "supporter", "group", "military", "government",
               "regime"}


# what one fights for when the fight is advocacy or a contest ("fight for working families", "fighting
# for second place"), not force ("fought for control of the town" is left as it is)
CAUSES = {"you", "us", "them", "me", "him", "her", "people", "family", "worker", "employee", "voter", "child", "kid",
          "american", "citizen", "right", "liberty", "equality", "justice", "reform", "change", "value", "principle",
          "nomination", "place", "spot", "seat", "vote", "delegate", "job", "wage", "benefit", "cause", "issue",
          "policy", "bill", "law", "program", "funding", "budget", "country", "constitution", "middle class"}


def fights_for_a_cause(token: Token) -> bool:
    """Whether "fight"/"battle" is advocacy, a contest or a policy: fighting *for* a person, a cause
    or a place in a race, with nobody fought ("fought the rebels", "fight against" stay force), or
    fighting only a social ill ("pledged to fight corruption")."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ("fight", "battle", "combat"):
        return False
    kids = list(token.children)
    foes = [c for c in kids if c.dep_ == "dobj"]
    foes += [g for c in kids if c.dep_ == "prep" and c.lower_ == "against" for g in c.children if g.dep_ == "pobj"]
    if foes and all(f.lemma_.lower() in SOCIAL_ILLS for f in foes):
        return True       # "pledged to fight corruption", "battling poverty": a policy, no one fought
    if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("against", "with", "in", "at")) for c in kids):
        return False
    aims = [g for c in kids if c.dep_ in ("prep", "dative") and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    return any(a.lemma_.lower() in CAUSES or a.lower_ in CAUSES for a in aims)


# ills a government "fights" by policy: fighting them is no force against anyone
SOCIAL_ILLS = {"corruption", "poverty", "crime", "disease", "inflation", "unemployment", "hunger", "illiteracy",
               "discrimination", "racism", "inequality", "fraud", "pollution", "epidemic", "pandemic", "malaria", "ebola",
               "obesity", "cancer", "addiction", "bribery", "graft", "injustice", "climate", "change", "warming"}


# what words attack when the attack is criticism: a person's standing, views or record
ATTACK_NOUNS = {"attack", "assault", "broadside", "onslaught"}
# ("racist attacks" and "attacks on the press", "on opponents" are as often force: left out)
VERBAL_MANNERS = {"personal", "political", "partisan", "verbal", "rhetorical", "negative", "phony", "fabricated",
                  "media", "inflammatory", "caustic", "scathing", "vitriolic"}
CRITICIZED_THINGS = {"record", "qualification", "fitness", "judgment", "judgement", "character", "integrity", "honesty",
                     "heritage", "ethnicity", "position", "stance", "view", "policy", "plan", "proposal",
                     "remark", "comment", "statement", "speech", "candidacy", "contribution",
                     "nomination", "leadership", "competence", "credibility", "tenure", "handling",
                     "life", "influence", "rhetoric", "agenda", "argument", "claim", "decision", "strategy", "tactic",
                     # a polity's order or values: decried "as an attack on our constitutional order", "on democracy"
                     "order", "democracy", "constitution", "freedom", "liberty"}
# words that make an attack one of force whatever it is said to strike ("violent attacks on their values")
FORCE_MANNERS = {"violent", "deadly", "armed", "terrorist", "terror", "bloody", "brutal", "lethal", "suicide", "fatal"}


def verbal_attack(token: Token) -> bool:
    """Whether an attack noun is criticism: made in words ("personal attacks", "scathing attacks")
    or aimed at a named person or at what one says, stands for or has done ("attacks on Clinton",
    "an attack on her record", "his assault on the nominating process" stays force only when
    aimed at a place, a body or people: "attacks on the embassy", "the attack on the convoy")."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in ATTACK_NOUNS:
        return False
    kids = list(token.children)
    if any(c.dep_ in ("amod", "compound") and c.lower_ in VERBAL_MANNERS for c in kids):
        return True
    targets = [g for c in kids if c.dep_ == "prep" and c.lower_ in ("on", "against", "upon")
               for g in c.children if g.dep_ == "pobj"]
    targets += [t for g in targets for t in g.conjuncts]
    if any(t.lemma_.lower() in CRITICIZED_THINGS for t in targets) and \
            not any(c.dep_ in ("amod", "compound") and c.lower_ in FORCE_MANNERS for c in kids):
        return True
    # a person's attacks on a person ("Trump's attacks on Curiel", "attacks from Christie on
    # Rubio"); "an attack on the mayor" by unnamed men may be force and stays so
    makers = [c for c in kids if c.dep_ == "poss"]
    makers += [g for c in kids if c.dep_ == "prep" and c.lower_ in ("from", "by") for g in c.children if g.dep_ == "pobj"]
    makers += [t for m in makers for t in m.conjuncts]
    if any(m.ent_type_ == "PERSON" or m.lower_ in ("his", "her", "their", "my", "our", "your") for m in makers) and \
            any(t.ent_type_ == "PERSON" or t.lower_ in ("him", "her", "me", "us", "them") for t in targets):
        return True
    # a named person's attack aimed at nothing named ("Sanders' attack", "attacks from Bush and
    # Kasich"), or an attack as a way of arguing ("a new line of attack"): a candidate's attack;
    # "the Orlando attack", "ISIS attacks" name no person and stay force (nor does a compound name:
    # the tagger takes "the Huamanga attack" for a person's)
    if not targets and any(m.ent_type_ == "PERSON" for m in makers):
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in LINES_OF_ARGUMENT


# "a new line of attack", "a mode of attack": a way of arguing
LINES_OF_ARGUMENT = {"line", "mode"}
# what a named person attacks when the attack is in words ("attacked GOP voters", "refused to
# attack his rivals", "attack each other"); "attacked the convoy", "attacked the villagers" stay force
CRITICIZED_PEOPLE = {"voter", "lawmaker", "rival", "opponent", "critic", "candidate", "establishment", "media", "press",
                     "program", "process", "system", "other", "another", "nominee", "frontrunner", "front-runner"}
# what attacks in words ("ads attacking Dewhurst", "money spent attacking Trump")
ATTACKING_MEDIA = {"ad", "advertisement", "commercial", "spot", "mailer", "video", "tweet", "column", "editorial", "op-ed",
                   "speech", "letter", "literature", "money", "million", "pac"}
# what one is attacked *for*, *over* or *as* when it is criticism: a reason or a label, not a time
TIME_WORDS = {"time", "day", "week", "month", "year", "hour", "night", "weekend", "minute", "decade", "while"}


def attack_in_words(token: Token) -> bool:
    """Whether the verb "attack" is criticism: someone attacked *for*, *over* or *as* something
    ("attacked her over an email chain", "attack each other for not doing enough", "attacked him as
    unreliable"), a named person attacking people of politics ("attacked GOP voters"), or an ad or
    money doing it ("ads attacking Dewhurst"); "rebels attacked the base for the third time" stays force."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in VERBAL_ATTACKS:
        return False
    kids = list(token.children)
    doer = acting_subject(token)
    # by a party of politics only: "a neighbour attacked him for wearing a turban" stays force
    heads = kids + [g for c in kids if c.dep_ == "dobj" for g in c.children]    # "attacked his rival *over* the plan"
    reasons = [g for c in heads if c.dep_ == "prep" and c.lower_ in ("for", "over", "as")
               for g in c.children if g.dep_ == "pobj" or g.dep_ == "pcomp" and c.lower_ != "as"]
    mutual = any(c.dep_ == "dobj" and c.lower_ in ("other", "another") for c in kids)      # "attack each other for …"
    if (mutual or doer is not None and (doer.ent_type_ in ("PERSON", "ORG", "NORP") or doer.lower_ in SPEAKING_PRONOUNS or
                                        doer.lemma_.lower() in CRITICIZED_PEOPLE | POLITICIANS)) and \
            any(r.lemma_.lower() not in TIME_WORDS and r.ent_type_ not in ("DATE", "TIME", "CARDINAL", "GPE", "LOC", "FAC")
                for r in reasons):
        return True
    done = [c for c in kids if c.dep_ == "dobj"]
    done += [t for d in done for t in d.conjuncts]
    if doer is not None and doer.ent_type_ == "PERSON" and any(d.lemma_.lower() in CRITICIZED_PEOPLE for d in done):
        return True
    if any(d.lemma_.lower() in CRITICIZED_THINGS - HELD_THINGS for d in done):
        return True      # "attacked Mr. Clinton's personal life", "attacked the decision"
    maker = token.head if token.dep_ in ("acl", "relcl") else doer
    if maker is not None and maker.lemma_.lower() in ATTACKING_MEDIA:
        return True
    spent = [token.head, token.head.head]          # "spent $5 million attacking", "dedicated to attacking"
    return any(h.lemma_.lower() in SPENDING_VERBS for h in spent)


SPENDING_VERBS = {"spend", "dedicate", "devote"}
# what armed men attack as well ("attacked Hamas positions", "attacked the rebel leadership")
HELD_THINGS = {"position", "leadership", "nomination", "contribution"}
SPEAKING_PRONOUNS = {"he", "she", "they", "we", "i", "you"}
POLITICIANS = {"senator", "republican", "democrat", "campaign", "party", "politician", "governor", "congressman",
               "congresswoman", "president", "minister", "leader", "spokesman", "spokeswoman"}


# a candidate's following measured, not support given: "gained support", "drawing negligible
# support", "lacks support from", "rally women's support", "support was soft", "support for him is
# minimal", "support may deepen", "a base of support"; "won the support of the council" stays
FOLLOWING_VERBS = {"gain", "lose", "draw", "attract", "consolidate", "unlock", "boost", "garner", "lack", "erode", "bleed",
                   "siphon", "shed", "solidify", "rally", "build", "broaden", "shore"}
FOLLOWING_CHANGES = {"grow", "rise", "fall", "drop", "slip", "erode", "fade", "wane", "deepen", "surge", "soar", "plummet",
                     "collapse", "dwindle", "increase", "decrease", "decline", "soften", "evaporate", "shrink", "climb"}
FOLLOWING_SIZES = {"soft", "minimal", "strong", "weak", "high", "low", "solid", "thin", "lukewarm", "tepid", "overwhelming",
                   "widespread", "broad", "limited", "scant", "negligible", "slim", "firm", "shaky", "deep", "shallow",
                   "surprising", "small", "large", "big"}
FOLLOWING_MEASURES = {"base", "level", "lot", "share", "amount", "degree", "shift", "erosion", "surge", "groundswell"}
# who backs a candidate when the backing is a poll's count: "34,000 people supported Trump",
# "6 in 10 white men supported Sanders", "about three-quarters support a ban"
COUNTED_PEOPLE = {"people", "man", "woman", "american", "adult", "resident", "citizen", "republican", "democrat",
                  "independent", "evangelical", "white", "black", "latino", "hispanic", "catholic", "conservative",
                  "liberal", "moderate", "member"}


def poll_share(token: Token) -> bool:
    """Whether a word of support reports a following rather than support given: the noun gained,
    lost, drawn or measured, or changing on its own ("support may deepen", "support is minimal"),
    or the verb with a counted public as subject ("34,000 people supported Trump")."""
    if token.pos_ == "NOUN" and token.lemma_.lower() in ("support", "backing"):
        head = token.head
        givers = [g for c in list(token.children) + list(head.children) if c.dep_ == "prep" and c.lower_ in ("from", "of")
                  for g in c.children if g.dep_ == "pobj"]
        if token.dep_ in ("dobj", "conj") and head.lemma_.lower() in FOLLOWING_VERBS and \
                not any(g.ent_type_ in ("GPE", "NORP", "ORG") for g in givers):
            return True     # "gained support from Turkey" is Turkey's support
        if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in FOLLOWING_MEASURES:
            return True
        if token.dep_ == "nsubj":
            if head.lemma_.lower() in FOLLOWING_CHANGES:
                return True
            return head.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in FOLLOWING_SIZES for c in head.children)
        return False
    if token.pos_ != "VERB":
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    # "hundreds of the party's superdelegates have endorsed her" count parties: that support stays
    counted = lambda s: [g for c in s.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any((s.ent_type_ == "PERCENT" or s.lemma_.lower() in FRACTIONS) and
               all(g.lemma_.lower() in COUNTED_PEOPLE | POLLED for g in counted(s)) or
               s.lemma_.lower() in COUNTED_PEOPLE and any(c.dep_ in ("nummod", "quantmod") for c in s.children)
               for s in subjects)


FRACTIONS = {"quarter", "third", "half", "fifth", "tenth", "percent", "%"}
POLLED = {"voter", "respondent", "caucusgoer", "caucus-goer", "delegate", "supporter", "student", "worker", "parent"}


def persons_rally(token: Token) -> bool:
    """Whether a rally is a person's own, held for a candidate ("a Trump rally", "his rallies",
    "Sanders's rally in Ventura", "a rally for Ted Cruz"): a gathering of supporters, no protest;
    "a rally against the war", "the opposition's rally" stay protests."""
    if token.pos_ != "NOUN" or token.lemma_.lower() != "rally":
        return False
    kids = list(token.children)
    if any(c.dep_ == "prep" and c.lower_ in ("against", "over") for c in kids):
        return False
    owners = [c for c in kids if c.dep_ == "poss"]
    owners += [g for c in kids if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    # a name before the word is a person's when it is the surname of a full name in the text ("Donald
    # Trump … a Trump rally", "Trump's rallies"); a lone name tagged a person as the owner's mark
    # ("Sanders's rally") is one too, but not as a compound: the tagger takes towns for persons
    # ("the Ahmedabad rally")
    surnames = {e[-1].text for e in token.doc.ents if e.label_ == "PERSON" and len(e) > 1}
    owners += [c for c in kids if c.dep_ == "compound"]
    return any(o.dep_ != "compound" and (o.ent_type_ == "PERSON" or o.lower_ in ("his", "her")) or
               o.pos_ == "PROPN" and o.text in surnames for o in owners)


# "Iranian-backed militias", "the Western-backed council", "a much-criticized law": a participle
# glued to a modifier describes a standing relation of the noun, it reports no act of support or
# criticism (the verbal categories only; "Russian-occupied" is left to the material ones)
