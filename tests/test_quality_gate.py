"""Quality gate (as trafilatura does on its samples): F1 on the seed gold must not drop below
a pinned floor, and accords' own scorer must agree with the referee script."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from accords.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold" / "seeds.json"
pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="../shared is not beside the repo")


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("gate") / "export.json"
    return evaluate(GOLD, SHARED / "corpus" / "seeds", out=out), out


def test_seed_agreements_above_floor(seeds_report) -> None:  # type: ignore[no-untyped-def]
    report, _ = seeds_report
    a = report.agreements
    assert a["f1"] >= 0.90
    for field in ("kind", "status", "date", "parties_r", "sources_r"):
        assert a[field] >= 0.85, field
    assert a["parties_p"] >= 0.8 and a["sources_p"] >= 0.8
    assert a["signatories_r"] >= 0.8
    assert a["conflict"] == 1.0  # the extradition treaty's two dates are shown


def test_seed_events_above_floor(seeds_report) -> None:  # type: ignore[no-untyped-def]
    report, _ = seeds_report
    assert report.events["f1"] >= 0.8


def test_seed_quotes_exact_and_focused(seeds_report) -> None:  # type: ignore[no-untyped-def]
    report, _ = seeds_report
    assert report.quotes_valid == 1.0
    assert report.quotes_focused >= 0.95


def test_own_scorer_agrees_with_referee(seeds_report) -> None:  # type: ignore[no-untyped-def]
    report, export = seeds_report
    out = export.parent / "referee.json"
    subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(GOLD), str(export),
                    "--docs", str(SHARED / "corpus" / "seeds"), "--json", str(out)],
                   check=True, capture_output=True)
    referee = json.loads(out.read_text())
    for section, mine in (("agreements", report.agreements), ("events", report.events)):
        for key, value in referee[section].items():
            assert mine[key] == pytest.approx(value) if value is not None else mine[key] is None, key
    assert report.quotes_valid == pytest.approx(referee["quotes_valid"])


DEV = SHARED / "gold" / "dev.json"


@pytest.mark.skipif(not DEV.exists(), reason="../shared is not beside the repo")
def test_dev_gold_above_floor(tmp_path: Path) -> None:
    """The rules are general: 46 finance, trade and politics articles of 1987 and 2004-05."""
    report = evaluate(DEV, SHARED / "corpus" / "dev", out=tmp_path / "dev.json")
    assert report.agreements["f1"] >= 0.85  # 0.881 measured on 2026-12-05, fifth round (0.842, 0.847, 0.800 before)
    assert report.events["f1"] >= 0.90  # 0.941 measured on 2026-12-06, sixth round (0.914, 0.889, 0.821 before)
    assert report.quotes_valid == 1.0


TRAIN = SHARED / "gold" / "train.json"


@pytest.mark.skipif(not TRAIN.exists(), reason="../shared is not beside the repo")
def test_train_gold_above_floor() -> None:
    """Agreements on the 237 training articles, cross-validated by article (no agreement
    decision is fitted, so this is the rules on articles they were not written for first)."""
    from accords.learn.crossval import SETTINGS, crossvalidate
    from accords.learn.train import build_corpus
    corpus = build_corpus(TRAIN, [SHARED / "gold" / "train.jsonl.gz"])
    folds = crossvalidate(corpus, SETTINGS)
    mean = sum(f["agreements"]["f1"] for f in folds) / len(folds)
    events = sum(f["events"]["f1"] for f in folds) / len(folds)
    assert mean >= 0.77  # 0.800 measured on 2026-12-06, seventh round (0.771, 0.671, 0.654, 0.620, 0.560, 0.229 before)
    assert events >= 0.72  # 0.750 (0.757, 0.770, 0.757, 0.722, 0.695 before)


PROBES = ROOT / "gold" / "probes.json"


def test_probe_articles_above_floor(tmp_path: Path) -> None:
    """40 articles of our own in the styles of today's wires and press releases, written blind
    and never trained on (gold/probes/README.md)."""
    report = evaluate(PROBES, ROOT / "gold" / "probes" / "docs", out=tmp_path / "probes.json")
    assert report.agreements["f1"] >= 0.90  # 0.922 measured on 2026-12-05, fifth round (0.917, 0.898, 0.840 before)
    assert report.events["f1"] >= 0.84  # 0.880 (0.727, 0.621 before)
    assert report.quotes_valid == 1.0


PROBES_Q = ROOT / "gold" / "probesQ.json"


def test_probe_batch_q_above_floor(tmp_path: Path) -> None:
    """30 more articles of our own, written and reviewed blind (gold/probesQ/README.md); scored
    once blind at 0.764 / 0.615, then read for general causes."""
    report = evaluate(PROBES_Q, ROOT / "gold" / "probesQ" / "docs", out=tmp_path / "q.json")
    assert report.agreements["f1"] >= 0.85  # 0.875 measured on 2026-12-06, ninth round (0.884, 0.826, 0.764 blind)
    assert report.events["f1"] >= 0.85  # 0.881 (0.820, 0.615 blind)
    assert report.quotes_valid == 1.0


PROBES_R = ROOT / "gold" / "probesR.json"


def test_probe_batch_r_above_floor(tmp_path: Path) -> None:
    """30 more articles of our own, written and reviewed blind (gold/probesR/README.md); scored
    once blind at 0.744 / 0.724, kept unread through the seventh round, a development set since."""
    report = evaluate(PROBES_R, ROOT / "gold" / "probesR" / "docs", out=tmp_path / "r.json")
    assert report.agreements["f1"] >= 0.87  # 0.921 measured on 2026-12-06, ninth round (0.909, 0.759, 0.744 blind)
    assert report.events["f1"] >= 0.83  # 0.852 (0.867, 0.724, 0.724 blind)
    assert report.quotes_valid == 1.0


PROBES_S = ROOT / "gold" / "probesS" / "probesS.json"


def test_probe_batch_s_above_floor(tmp_path: Path) -> None:
    """30 more articles of our own, written and reviewed blind (gold/probesS/README.md); scored
    once blind at 0.774 / 0.712, then scores only (four withdrawals decided on it)."""
    report = evaluate(PROBES_S, ROOT / "gold" / "probesS" / "docs", out=tmp_path / "s.json")
    assert report.agreements["f1"] >= 0.79  # 0.822 measured on 2026-12-06, ninth round (0.774 blind)
    assert report.events["f1"] >= 0.79  # 0.820 (0.712 blind)
    assert report.quotes_valid == 1.0


PROBES_V = ROOT / "gold" / "probesV" / "probesV.json"


def test_probe_batch_v_above_floor(tmp_path: Path) -> None:
    """30 more of our own, written and reviewed blind at the start of the ninth round
    (gold/probesV/README.md): 0.804 / 0.786 blind, then the round's validation batch (scores
    only). Batches T and U (gold/probesT/, gold/probesU/) have no floor: no decision may use
    them."""
    report = evaluate(PROBES_V, ROOT / "gold" / "probesV" / "docs", out=tmp_path / "v.json")
    assert report.agreements["f1"] >= 0.78  # 0.814 measured on 2026-12-06 (0.804 blind)
    assert report.events["f1"] >= 0.76  # 0.793 (0.786 blind)
    assert report.quotes_valid == 1.0
