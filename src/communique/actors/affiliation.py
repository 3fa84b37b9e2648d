"""A person's sector and state from the organization the text ties him to.

"The head of the Ruritanian Greens party, Ada Bell,", "Ada Bell, who heads the Greens", "the Greens, led by Ada
Bell", "Ada Bell, the acting head of the UN mission": the title or clause names no state and no role word the
actors stage knows, but it names the organization Ada Bell leads, speaks for or belongs to (the relations stage's
``leader_of``, ``represents`` and ``member_of``). A person with no sector takes that organization's (an IGO's
official is IGO and of no state), and a person with no state and no other sector takes the organization's state.
"""
from __future__ import annotations

from .index import ActorIndex

AFFILIATIONS = ("leader_of", "represents", "member_of")


def take_affiliations(doc, index: ActorIndex) -> None:
    """Fill the sector and state of the persons of ``index`` from the organizations they lead, represent or
    belong to in ``doc`` (the first such organization the relations name)."""
    from ..relations import find_relations    # the relations stage reads the actors package: import it late

    done: set[str] = set()
    for rel in find_relations(doc, ActorIndex(index)):   # a copy: the relations add states named only in titles
        person, org = index.get(rel.subject), index.get(rel.object)
        if rel.type not in AFFILIATIONS or person is None or org is None or person.id in done or \
                person.kind != "person" or org.kind != "organization" or not org.sector:
            continue
        done.add(person.id)
        if person.sector is None:
            person.sector = org.sector
            if org.sector == "IGO":
                person.country = None
        if person.country is None and person.sector == org.sector != "IGO":
            person.country = org.country    # not a "chairman" (GOV) of a committee whose state is only guessed
