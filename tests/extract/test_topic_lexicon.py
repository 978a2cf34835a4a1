"""Topic words of instrument phrases of modern diplomacy (invented phrases, one per field gap
the probes found): the field's own words name it, and words that also name other things do not."""
import pytest

from accords.extract.cues import topics_in

FIELD_PHRASES = [
    ("a memorandum of understanding on cooperation in various fields", "comprehensive_cooperation"),
    ("a framework agreement on bilateral cooperation", "comprehensive_cooperation"),
    ("a protocol on political consultations", "diplomatic_relations"),
    ("an agreement on the training of diplomats", "diplomatic_relations"),
    ("a security memorandum", "peace_security"),
    ("a cease-fire deal", "peace_security"),
    ("an agreement on the transfer of sentenced persons", "legal_assistance"),
    ("an agreement on combating human trafficking", "law_enforcement"),
    ("an MoU on fighting money laundering", "law_enforcement"),
    ("an MoU on cross-border cooperation", "border_security"),
    ("an MoU on coast guard cooperation", "border_security"),
    ("an agreement on naval cooperation", "defence"),
    ("a deal on the stationing of troops", "defence"),
    ("a contract for the supply of fighter jets", "military_technical"),
    ("an agreement on humanitarian assistance", "development_aid"),
    ("an MoU on the blue economy", "maritime"),
    ("an MoU on water supply and sanitation", "infrastructure"),
    ("an agreement on the construction of a pipeline", "energy"),
    ("an MoU on green hydrogen", "energy"),
    ("an agreement on uranium mining", "energy"),
    ("an MoU on rice production", "agriculture"),
    ("Ghana and Togo sign Rice Production Pact", "agriculture"),
    ("an agreement on veterinary cooperation", "agriculture"),
    ("an MoU on sanitary and phytosanitary measures", "agriculture"),
    ("an MoU on meteorology", "environment"),
    ("an MoU on disease surveillance", "health"),
    ("an MoU on the training of doctors", "health"),
    ("an agreement on the mutual recognition of diplomas", "education"),
    ("an MoU on artificial intelligence", "science_technology"),
    ("an MoU on information and communication technology", "telecommunications"),
    ("an MoU on e-governance", "telecommunications"),
    ("an MoU on archives", "culture"),
    ("an agreement on cooperation in radio and television", "media"),
    ("an MoU on football cooperation", "sports"),
    ("a road deal", "transport"),
    ("the chip pact", "industry"),
    ("a textile accord", "trade"),
    ("a free zone pact", "trade"),
    ("an agreement on consular affairs", "diplomatic_relations"),
    ("an agreement on social security", "labour_migration"),
    ("an MoU on standardization and metrology", "trade"),
    ("an MoU on intellectual property", "trade"),
    ("an MoU on fintech", "finance"),
    ("an MoU on support for start-ups", "sme"),
    ("an MoU on humanitarian demining", "peace_security"),
    ("an agreement on nuclear safety", "energy"),
    ("an MoU on civil protection and emergency situations", "environment"),
    ("an MoU on news exchange", "media"),
]


@pytest.mark.parametrize("phrase,topic", FIELD_PHRASES)
def test_field_words_name_the_topic(phrase: str, topic: str) -> None:
    assert topic in topics_in(phrase)


@pytest.mark.parametrize("phrase,topic", [
    ("an MoU on the Belt and Road Initiative", "transport"),  # a programme, not roads
    ("a road map for peace", "transport"),
    ("the deal, a local radio station reported", "media"),  # the source, not the field
    ("a pact on tariffs on personal computers and televisions", "media"),
    ("a bargaining chip in the talks", "industry"),
    ("a mutual defence treaty", "peace_security"),  # an alliance, not three topics
])
def test_words_of_other_things_do_not(phrase: str, topic: str) -> None:
    assert topic not in topics_in(phrase)
