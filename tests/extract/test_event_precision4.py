"""Event records at scale that report no gathering of states (branch evprec4): a market's
trading session, a programme named with "Meet", a meeting someone would only be glad to have,
a legislature's own sitting. Invented sentences."""
from __future__ import annotations


def test_a_trading_session_is_no_meeting(extract) -> None:
    ex = extract("OSAKA, June 3, 2026 - Because the grain exchange uses an auction system, "
                 "soybean contracts traded overnight settle at a fixed price at each session, "
                 "an official said.")
    assert ex.events == []


def test_a_programme_named_meet_is_no_meeting(extract) -> None:
    ex = extract("WASHINGTON, June 3, 2026 - Speaking on Meet The Nation, Canadian Foreign "
                 "Minister Claire Roy described President Dan Hale as a reliable partner.")
    assert ex.events == []


def test_a_meeting_one_would_be_glad_to_have_is_none(extract) -> None:
    ex = extract("PARIS, June 3, 2026 - French President Paul Marchand denied any snub and "
                 "said he would be happy to meet Kenyan President John Otieno.")
    assert ex.events == []


def test_a_legislatures_own_plenary_meeting_is_domestic(extract) -> None:
    ex = extract("MANILA, June 3, 2026 - The budget was approved during the House's plenary "
                 "meeting in Manila on Monday, Speaker Rosa Cruz said.")
    assert ex.events == []


def test_a_session_of_ministers_stays(extract) -> None:
    ex = extract("GENEVA, June 3, 2026 - French and German trade ministers met in a special "
                 "session in Geneva on Tuesday on futures trading rules for grain.")
    assert [e.kind.value for e in ex.events] == ["meeting"]
