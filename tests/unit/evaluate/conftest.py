"""Small story clusters written for the evaluation tests (no benchmark data)."""

from __future__ import annotations

import datetime as dt

import pytest

from synoptic.model import Article, Cluster

_STORIES = {
    "quake": (
        [
            "A strong earthquake struck the northern coast on Monday, killing at least 40 people. "
            "Rescue teams searched collapsed buildings through the night in the port city.\n\n"
            "The quake had a magnitude of 7.1, the geological survey said. "
            "Officials warned of aftershocks and opened shelters in schools.",
            "Rescue workers pulled survivors from the rubble on Tuesday after the earthquake. "
            "The death toll rose to 52 as more bodies were found in the port city.\n\n"
            "The government declared a state of emergency in three provinces. "
            "Foreign aid began to arrive at the damaged airport on Tuesday evening.",
            "Local radio said the shaking lasted almost a minute. "
            "Many residents slept outside for fear of aftershocks, and schools stayed closed.",
        ],
        [
            "A magnitude 7.1 earthquake struck the northern coast on Monday. The death toll rose "
            "to 52 as rescue teams searched collapsed buildings in the port city. The government "
            "declared a state of emergency and foreign aid arrived.",
            "An earthquake killed 52 people in a port city. Rescuers pulled survivors from the "
            "rubble while residents slept outside fearing aftershocks.",
        ],
    ),
    "vote": (
        [
            "Parliament passed the budget bill late on Thursday by a narrow margin of 201 to 195. "
            "The opposition called the spending cuts reckless and vowed to fight them.\n\n"
            "The finance minister said the bill would cut the deficit by half within two years.",
            "Lawmakers approved the government's budget in a close vote on Thursday night. "
            "Protesters gathered outside parliament to oppose cuts to health spending.\n\n"
            "Unions announced a general strike for next week.",
        ],
        [
            "Parliament narrowly passed the budget bill on Thursday, 201 to 195. The finance "
            "minister said it would halve the deficit; unions called a strike against the cuts.",
        ],
    ),
    "storm": (
        [
            "Tropical storm Alma made landfall near the border on Saturday with winds of 110 km/h. "
            "More than 20,000 homes lost power and flights were cancelled.\n\n"
            "Forecasters expect heavy rain to cause flooding in low-lying districts.",
            "Storm Alma weakened after reaching land, but flooding closed the main highway. "
            "Emergency services evacuated 3,000 people from riverside villages.",
            "Schools will stay closed on Monday, the education ministry said. "
            "Power was restored to half of the affected homes by Sunday evening.",
        ],
        [
            "Tropical storm Alma hit land on Saturday, cutting power to 20,000 homes and forcing "
            "3,000 people from riverside villages as floods closed the main highway.",
            "Storm Alma brought flooding and power cuts; schools stay closed Monday.",
            "Alma made landfall with 110 km/h winds; flights were cancelled.",
        ],
    ),
}


def make_clusters() -> list[Cluster]:
    """Three small clusters with dated articles and several references."""
    clusters = []
    for name, (texts, references) in _STORIES.items():
        articles = tuple(
            Article(id=f"{name}-{i}", text=text, date=dt.date(2024, 3, 1 + i))
            for i, text in enumerate(texts)
        )
        clusters.append(Cluster(id=name, articles=articles, references=tuple(references)))
    return clusters


@pytest.fixture
def clusters() -> list[Cluster]:
    return make_clusters()
