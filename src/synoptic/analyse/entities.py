"""Entities: articles + spaCy docs → people, places and organisations (`Entity`).

spaCy labels map to kinds: PERSON → person; GPE, LOC, FAC → place; ORG →
organization (NORP, "Russian", is an adjective of a place, not an entity).

Mentions are merged across name variants within the story:

* names are stripped of "the", honorifics (Mr, Mrs, Ms, Dr, with or without a
  dot) and a possessive "'s", then mapped through `ALIASES` ("U.S.", "US",
  "America" → "United States"; "Russian Federation" → "Russia");
* people merge by surname when their first names are compatible (equal,
  an initial, or spelled alike: Sergei/Sergey); a surname alone ("Kerry")
  joins the most mentioned full name ending in it ("John Kerry");
* an entity's kind is the majority label of its mentions, so a few
  mislabelled mentions ("Minsk" as PERSON) do not make a person.

Roles are read from the words written before a person's name, when they
hold a role noun ("Secretary of State John Kerry", "ex-prime minister
Mikhail Kasyanov"), and from an apposition after it ("Lavrov, the foreign
minister,"). Junk is dropped: all lower-case names, numbers, single letters.

Without docs (no spaCy) there is nothing to read: the result is ``()``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any, Literal

from synoptic.model import Article, Entity
from synoptic.patterns import compile_pattern
from synoptic.text.tokens import ARTICLES

__all__ = ["ALIASES", "find_entities", "normalise_name"]

Kind = Literal["person", "place", "organization"]

LABELS: Mapping[str, Kind] = {
    "PERSON": "person",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "ORG": "organization",
}
# Name variants that no string rule joins: (canonical name, its variants).
ALIASES: Mapping[str, str] = {
    alias.lower(): name
    for name, aliases in {
        "United States": (
            "U.S.",
            "US",
            "U.S",
            "USA",
            "U.S.A.",
            "America",
            "United States of America",
        ),
        "Russia": ("Russian Federation",),
        "United Kingdom": ("UK", "U.K.", "Britain", "Great Britain"),
        "European Union": ("EU", "E.U."),
        "United Nations": ("UN", "U.N."),
        "Islamic State": ("ISIS", "ISIL", "Isis", "Isil", "IS", "Islamic State group"),
        "Soviet Union": ("USSR", "U.S.S.R."),
    }.items()
    for alias in (name, *aliases)
}
_HONORIFIC = compile_pattern(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof)\.?\s+")
_POSSESSIVE = compile_pattern(r"['’]s?$")
# Nouns that make the words before a name a role ("Foreign Minister", "ex-prime minister").
ROLE_NOUNS = frozenset(
    """minister secretary president senator governor chancellor spokesman spokeswoman spokesperson
    ambassador leader chief director chairman chairwoman chair king queen prince princess premier
    mayor general official envoy judge justice dictator counterpart head commander lawmaker
    representative diplomat emperor pope attorney officer adviser advisor aide ceo founder
    candidate nominee negotiator prosecutor mp sen. gov. rep. gen. lt. col. capt. sgt. adm.
    cardinal archbishop bishop president-elect vice-president sheikh ayatollah colonel
    captain""".split()
)
_ROLE_CONNECTORS = frozenset({"of", "for", "the", "then"})
# Lower-case words that belong to the role they open ("former US vice president").
_ROLE_MODIFIERS = frozenset({"former", "acting", "deputy", "vice", "assistant", "interim"})
# Aliased names whose spaCy label is often wrong.
KINDS: Mapping[str, Kind] = {
    "Islamic State": "organization",
    "European Union": "organization",
    "United Nations": "organization",
}
_APPOSITION = compile_pattern(r"^\s*,\s+(?:the|a|an)\s+([^,.;:()\"“”]{3,60}?)\s*(?:,|\.|;|$)")


@dataclass(slots=True)
class _Mention:
    article_id: str
    name: str
    label: Kind
    role: str | None


def normalise_name(text: str) -> str:
    """A mention as a name: whitespace tidied, "the", honorifics and "'s" stripped, aliased."""
    name = " ".join(text.split())
    name = re.sub(r"^[Tt]he\s+", "", name)
    name = _HONORIFIC.sub("", name)
    name = _POSSESSIVE.sub("", name).strip(" ,.;:-–—")
    if name.endswith(".") and name.count(".") == 1:
        name = name[:-1]
    return ALIASES.get(name.lower(), name)


# Time zones that a page's time stamp leaves and spaCy reads as organisations ("16.35 BST").
_ZONES = frozenset("BST GMT UTC CET CEST EST EDT CST CDT MST MDT PST PDT AEST ET PT".split())


def _is_junk(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2 or name == name.lower() or not name[0].isalpha() or name in _ZONES:
        return True
    return any(c.isdigit() or c in "/@#|" for c in name)


def _role_before(text: str, start: int) -> str | None:
    """The role written right before a name ("Russian Foreign Minister "), if any."""
    window = text[max(0, start - 80) : start]
    words = window.split(" ")[:-1] if window.endswith(" ") else []
    role: list[str] = []
    for word in reversed(words):
        if not word or not re.fullmatch(r"[\w.'’-]+", word):
            break
        lower = word.lower()
        if word[-1] in ".,;:" and lower not in ROLE_NOUNS:
            break  # the end of the previous sentence or clause
        capitalised = word[0].isupper()
        is_role = lower in ROLE_NOUNS or lower.split("-")[-1] in ROLE_NOUNS
        joins = bool(role) and (
            capitalised
            or lower in _ROLE_CONNECTORS
            or lower in _ROLE_MODIFIERS
            or lower.startswith("ex-")
        )
        # Before any role noun, a capitalised word may end a role: "State" in
        # "Secretary of State"; it is kept only if a role noun comes before it.
        opens = not role and capitalised and lower not in ARTICLES
        if is_role or joins or opens:
            role.insert(0, word)
        else:
            break
    while role and role[0].lower() in _ROLE_CONNECTORS | ARTICLES:
        role.pop(0)
    if not any(w.lower() in ROLE_NOUNS or w.lower().split("-")[-1] in ROLE_NOUNS for w in role):
        return None
    while role and role[0][0].isupper() and role[0].lower() not in ROLE_NOUNS and len(role) > 1:
        # A leading sentence word ("In", "As") is no part of a role.
        if role[0].lower() in {"in", "as", "when", "but", "and", "then", "after", "while"}:
            role.pop(0)
            continue
        break
    return " ".join(role) or None


def _role_after(text: str, end: int) -> str | None:
    match = _APPOSITION.match(text[end : end + 80])
    if not match:
        return None
    phrase = match[1].strip()
    words = phrase.lower().split()
    if not any(w in ROLE_NOUNS for w in words) or len(words) > 6:
        return None
    return phrase


def _surname(name: str) -> str:
    """The key people merge on: last word, lower-case, without an "al-" particle."""
    return re.sub(r"^(?:al|el|ad|as)-", "", name.split()[-1].lower())


def _acronym_end(name: str) -> bool:
    """Whether a name ends in a word in capitals ("Mark Bly BP"): no person's does."""
    last = name.split()[-1]
    return len(last) > 1 and last.isupper()


def _compatible(first_a: str, first_b: str) -> bool:
    a, b = first_a.lower().rstrip("."), first_b.lower().rstrip(".")
    if a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
        return True
    return SequenceMatcher(None, a, b).ratio() >= 0.8


def find_entities(articles: Sequence[Article], *, docs: Mapping[str, Any]) -> tuple[Entity, ...]:
    """People, places and organisations of a story, merged and counted.

    Args:
        articles: The story's articles.
        docs: Article id -> spaCy `Doc` of its text (from `parse_articles`).
            When empty, nothing can be found and ``()`` is returned.

    Returns:
        Entities sorted by number of articles mentioning them, then by total
        mentions, then by name.
    """
    mentions: list[_Mention] = []
    for article in articles:
        doc = docs.get(article.id)
        if doc is None:
            continue
        person_starts = {e.start_char for e in doc.ents if e.label_ == "PERSON"}
        for ent in doc.ents:
            kind = LABELS.get(ent.label_)
            if kind is None:
                continue
            if kind != "person" and ent.end_char + 1 in person_starts:
                continue  # part of a role: "Secretary of [State] John Kerry"
            name = normalise_name(ent.text)
            if _is_junk(name):
                continue
            role = None
            if kind == "person":
                role = _role_before(article.text, ent.start_char) or _role_after(
                    article.text, ent.end_char
                )
            mentions.append(_Mention(article_id=article.id, name=name, label=kind, role=role))
    return _group(mentions)


def _canonical_names(mentions: Sequence[_Mention]) -> dict[str, str]:
    """Every name form -> the canonical form of its entity."""
    counts = Counter(m.name for m in mentions)
    person_votes = Counter(m.name for m in mentions if m.label == "person")
    persons = {n for n in counts if person_votes[n] * 2 > counts[n]}
    full = sorted((n for n in persons if len(n.split()) >= 2), key=lambda n: (-counts[n], n))
    canonical: dict[str, str] = {n: n for n in counts}
    heads: list[str] = []
    for name in full:
        first, last = name.split()[0], _surname(name)
        head = next(
            (h for h in heads if _surname(h) == last and _compatible(h.split()[0], first)),
            None,
        )
        if head is None:
            heads.append(name)
        else:
            canonical[name] = head
    for name in persons:
        if len(name.split()) == 1:
            head = next((h for h in heads if _surname(h) == _surname(name)), None)
            if head is not None:
                canonical[name] = head
    # A one-word non-person that is a known person's surname ("Kerry" as ORG, a
    # transcript's "AJAMI"); not an acronym that ends a "person" spaCy read across a
    # headline's "... report by Mark Bly BP ..." (a whole brief of Timeline17's BP
    # pages named the company "Mark Bly BP").
    for name in counts:
        if name not in persons and len(name.split()) == 1:
            head = next(
                (h for h in heads if _surname(h) == _surname(name) and not _acronym_end(h)),
                None,
            )
            if head is not None:
                canonical[name] = head
    return canonical


def _group(mentions: Sequence[_Mention]) -> tuple[Entity, ...]:
    canonical = _canonical_names(mentions)
    groups: dict[str, list[_Mention]] = defaultdict(list)
    for mention in mentions:
        groups[canonical[mention.name]].append(mention)
    entities: list[Entity] = []
    for name, group in groups.items():
        kind = KINDS.get(name) or Counter(m.label for m in group).most_common(1)[0][0]
        if kind == "person" and name.isupper():
            continue  # an acronym read as a person is noise
        roles = tuple(dict.fromkeys(m.role for m in group if m.role and kind == "person"))
        per_article = Counter(m.article_id for m in group)
        order = list(dict.fromkeys(m.article_id for m in mentions))
        entities.append(
            Entity(
                name=name,
                kind=kind,
                roles=_dedupe(roles),
                variants=tuple(sorted({m.name for m in group})),
                mentions=tuple((a, per_article[a]) for a in order if a in per_article),
            )
        )
    entities.sort(key=lambda e: (-len(e.mentions), -e.total_mentions, e.name))
    return tuple(entities)


def _dedupe(roles: tuple[str, ...]) -> tuple[str, ...]:
    """Distinct roles, case-insensitively, in order; a role inside a longer one is dropped.

    "Secretary of State" says nothing "US Secretary of State" does not.
    """
    distinct: dict[str, str] = {}
    for role in roles:
        distinct.setdefault(role.lower(), role)
    return tuple(
        role
        for key, role in distinct.items()
        if not any(k != key and f" {key} " in f" {k} " for k in distinct)
    )
