"""Event precision after the tenth audit (branch evprec7): a central bank's policy committee, a
company's talks with one government, talk with private people, a town hall meeting, a crowd, a
legislature's sitting, a campaign meeting, one state's ministers. Invented sentences."""
from accords.extract.event_sides import named_as_company
from accords.pipeline import extract_batch, propose_batch
from accords.records import Document


def _events(text: str) -> list:
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    return ex.events


def test_talks_of_two_states_stay() -> None:
    events = _events("Danish Foreign Minister Lars Holm held talks with Norwegian Foreign "
                     "Minister Kari Berg in Oslo on Monday.")
    assert events


def _candidates(text: str) -> list:
    """Every candidate, the flagged ones a learned decision would judge included."""
    (p,) = propose_batch([Document.from_text("a.txt", text)])
    return p.extraction.events


def test_company_named_like_a_person_in_talks_is_no_event() -> None:
    assert not _candidates("Martin Blue says it is still in talks with the UK government about "
                           "a coronavirus-related rescue loan. Martin Blue has seen passenger "
                           "numbers collapse as countries in Europe and Asia close borders.")


def test_company_words() -> None:
    text = ("Qantas faces rivals such as low-cost carrier Sunlark Jet. Dover Blue said it would "
            "cut jobs. Nordic Group owns 40% of Fjord Wings. Prime Minister Ana Silva met him.")
    assert named_as_company(text, "Sunlark Jet")
    assert named_as_company(text, "Dover Blue")
    assert named_as_company(text, "Fjord Wings")
    assert named_as_company(text, "Kestrel Airlines")
    assert not named_as_company(text, "Ana Silva")


def test_legislature_meeting_is_domestic() -> None:
    assert not _candidates(
        "The meeting quickly broke down into shouting, as lawmakers arrived to find a "
        "pro-Beijing member, Lam Wai-ting, sitting in the chairperson's seat, Macau's "
        "broadcaster said. China and Portugal were not mentioned.")


def test_campaign_meeting_is_no_event() -> None:
    assert not _candidates(
        "A senior figure in the Reform Alliance has said Britain should leave the EU. Tom "
        "Varley, the Reform Alliance's deputy leader, made the comments to an audience at a "
        "meeting during last September's Dunmore by-election campaign. He said Germany and "
        "France were running Europe.")


def test_one_states_ministers_meeting_is_domestic() -> None:
    assert not _candidates(
        "Ministers will meet in Cardiff later on Friday to discuss changes to the UK's list of "
        "quarantine-free countries. France and Spain may be added, sources say.")


def test_bank_committee_and_crowd_candidates_go() -> None:
    assert not _candidates(
        "WASHINGTON, May 6 - The Federal Open Market Committee at its March 3-4 meeting voted "
        "eight to two to keep the existing pressure on reserves, the Fed said. Economic growth "
        "is slow, but economist Anna Keller does not think that the Federal Open Market "
        "Committee changed policy at their meeting this week. At the earlier meeting in "
        "mid-January, the FOMC set a five pct target for M-1.")
    assert not _candidates(
        "Thousands marched through Vienna on Saturday against the virus rules. A second group "
        "of about 12,000 met calmly west of the old gate to hear speeches from, among others, "
        "the grandson of President John F Kennedy. Austrian police said the march was peaceful.")


def test_caption_and_town_hall_candidates_go() -> None:
    assert not _candidates("Red Cross volunteer Mara Lindqvist talks with a man and his "
                           "daughter at a food bank on May 3, 2021, in Malmo, Sweden. Swedish "
                           "officials said demand had doubled.")
    assert not _candidates("Jerry Moss and Anna Moss speak during a town hall meeting on the "
                           "drug crisis on March 5, 2019, in Reno, Nevada. Moss later told "
                           "reporters in Mexico City that the US and Mexico should cooperate.")
