"""The plausibility warnings added last: a percentage about 100 times below its own history or
its target (13.3% typed or stored as 0.133), and a month far outside its indicator's pattern.
Both name file, row and column, keep the value as written, never stop the load, and reach the
exports through ``Batch.flags``."""

import io
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from file_readers.tables import SAMPLE_ACTUALS, read_actuals, read_catalogue
from forecast.actuals import validate_actuals
from forecast.batch import project_each
from forecast.plausibility import against_targets, month_outliers
from forecast.targets import Goal, Target
from presentation.problems import describe
from tests.bad_files import CAT

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def frame(rows):
    return pd.DataFrame(rows, columns=["indicator", "date", "value", "basis"])


def growth_rows(year: int, values: list[float]) -> list[tuple]:
    return [("va_growth", f"{year}-{m:02d}", str(v), "ytd_yoy") for m, v in enumerate(values, 2)]


def test_a_year_of_percentages_written_as_fractions_warns_once_at_its_first_row():
    rows = growth_rows(2018, [12.1, 11.8, 12.5]) + growth_rows(2019, [13.3, 12.9, 13.1])
    rows += growth_rows(2020, [0.133, 0.125, 0.128])
    a = validate_actuals(frame(rows), CAT, "f.csv")
    [w] = [w for w in a.warnings if w.code == "implausible_share"]
    assert (w.file, w.row, w.column, w.indicator, w.value) == (
        "f.csv",
        8,
        "value",
        "va_growth",
        "0.133",
    )
    assert "0.133" in describe(w) and "13.3%" in describe(w)
    assert a.frame["value"].min() == pytest.approx(0.125)  # kept as written, load goes on


def test_low_growth_that_is_not_a_hundred_times_off_gives_no_share_warning():
    rows = growth_rows(2019, [3.1, 2.9, 3.0]) + growth_rows(2020, [0.4, 0.6, 0.5])
    a = validate_actuals(frame(rows), CAT, "f.csv")
    assert [w for w in a.warnings if w.code == "implausible_share"] == []


def test_a_growth_rate_a_hundred_times_below_its_target_warns():
    a = validate_actuals(frame(growth_rows(2020, [0.07, 0.08])), CAT, "f.csv")
    targets = {("va_growth", 2020): Target("va_growth", 2020, Goal("growth", 8.0))}
    [w] = against_targets(a.frame, targets, "f.csv")
    assert (w.row, w.code, w.value, w.detail) == (3, "implausible_share", "0.08", "8")
    fine = {("va_growth", 2020): Target("va_growth", 2020, Goal("growth", 0.1))}
    assert against_targets(a.frame, fine, "f.csv") == []


def monthly(years=range(2016, 2021), slip: tuple[int, int, float] | None = None) -> pd.DataFrame:
    rng = np.random.default_rng(3)
    season = [1.4, 0.6, 1.0, 1.0, 1.1, 1.2, 0.9, 0.9, 1.0, 1.1, 1.0, 1.3]
    rows = []
    for y in years:
        for m in range(1, 13):
            if y == max(years) and m > 5:
                break
            v = 100 * (1.05 ** (y - 2016)) * season[m - 1] * rng.uniform(0.9, 1.1)
            if slip and (y, m) == slip[:2]:
                v *= slip[2]
            rows.append(("tax_national", f"{y}-{m:02d}", f"{v:.2f}", "month"))
    return frame(rows)


@pytest.mark.parametrize("factor", [10.0, 0.1, 1e3])
def test_a_month_ten_times_off_its_pattern_warns_at_its_row(factor):
    raw = monthly(slip=(2019, 7, factor))
    a = validate_actuals(raw, CAT, "f.csv")
    found = [w for w in a.warnings if w.code == "implausible_month"]
    row = 2 + raw.index[raw["date"] == "2019-07"][0]
    assert [(w.row, w.column, w.indicator) for w in found] == [(row, "value", "tax_national")]
    assert float(found[0].detail) == pytest.approx(
        float(raw.loc[row - 2, "value"]) / factor, rel=0.5
    )


def test_an_ordinary_series_a_shock_year_and_a_spring_festival_shift_give_no_month_warning():
    assert [w for w in validate_actuals(monthly(), CAT, "f.csv").warnings] == []
    shock = monthly()
    shock.loc[shock["date"].str.startswith("2020"), "value"] = "30"  # a whole year down
    assert validate_actuals(shock, CAT, "f.csv").warnings == ()
    moved = monthly()  # the Spring Festival in February one year: January and February swap
    jan, feb = (
        moved.index[moved["date"] == "2018-01"][0],
        moved.index[moved["date"] == "2018-02"][0],
    )
    moved.loc[[jan, feb], "value"] = ["40", "200"]
    assert validate_actuals(moved, CAT, "f.csv").warnings == ()


def test_a_month_slip_in_a_ytd_series_is_named_at_its_ytd_row():
    m = monthly()
    m["value"] = m["value"].astype(float)
    m["year"] = m["date"].str[:4]
    m["value"] = m.groupby("year")["value"].cumsum()
    m = m.drop(columns="year").assign(basis="ytd")
    at = m.index[m["date"] == "2018-06"][0]
    m.loc[at:, "value"] = m.loc[at:, "value"].where(
        m.loc[at:, "date"].str[:4] != "2018", m.loc[at:, "value"] + 1500
    )
    m["value"] = m["value"].map(lambda v: f"{v:.2f}")
    a = validate_actuals(m, CAT, "f.csv")
    assert [(w.code, w.row) for w in a.warnings] == [("implausible_month", at + 2)]


def test_a_net_flow_crossing_zero_is_not_checked():
    raw = monthly(slip=(2019, 7, 10.0))
    raw["indicator"] = "flow"
    raw.loc[raw["date"] == "2018-03", "value"] = "-5"
    assert month_outliers(validate_actuals(raw, CAT, "f.csv").frame, "f.csv", {"flow"}) == []


def test_the_sample_town_raises_no_plausibility_warning():
    a = read_actuals(SAMPLE_ACTUALS, read_catalogue(), as_of=(2020, 5))
    assert [w for w in a.warnings if w.code.startswith("implausible_")] == []


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data is absent")
def test_published_series_raise_almost_no_month_warnings():
    # bench.plausible measures the rate; here: under 0.1% of the monthly amounts
    catalogue = read_catalogue()
    for path in sorted(SHARED.glob("*.csv")):
        a = read_actuals(path, catalogue, as_of=(2030, 12))
        months = len(a.frame[a.frame["basis"].isin(("month", "ytd"))])
        found = [w for w in a.warnings if w.code == "implausible_month"]
        assert len(found) <= max(1, months // 1000), path.name


def test_the_batch_flags_each_warned_indicator_for_the_exports():
    rows = growth_rows(2019, [13.3, 12.9, 13.1]) + growth_rows(2020, [0.133, 0.125, 0.128])
    raw = pd.concat([frame(rows), monthly(slip=(2019, 7, 10.0))], ignore_index=True)
    batch = project_each(validate_actuals(raw, CAT, "f.csv"), (2020, 4), n=200)
    assert batch.flags == {
        "va_growth": ("implausible_share",),
        "tax_national": ("implausible_month",),
    }
    assert {"va_growth", "tax_national"} <= set(batch.projections)  # both still projected


def test_the_command_line_prints_the_month_warning_and_exits_0(tmp_path, capsys):
    from command_line import main

    path = tmp_path / "a.csv"
    buf = io.StringIO()
    monthly(slip=(2019, 7, 10.0)).to_csv(buf, index=False)
    path.write_text(buf.getvalue(), encoding="utf-8")
    code = main(["project", "--actuals", str(path), "--as-of", "2020-05"])
    err = capsys.readouterr().err
    assert code == 0
    assert "远离该指标往年同期的规律" in err and "a.csv" in err
