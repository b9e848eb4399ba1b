"""The brief says the figures the way a town's work report does."""

import re

import pytest

from presentation import brief, fmt
from presentation.brief import BriefContext, draft
from tests.app_fakes import CATALOGUE, town

CONTEXT = BriefContext("2020年1-5月", "基准", "sample.csv", sample=False)


@pytest.fixture(scope="module")
def figures():
    projections, checks, _ = town()
    return projections, checks


def test_chinese_sentence_as_planners_write_it(figures):
    text = draft(*figures, CATALOGUE, CONTEXT, "zh")
    assert (
        "预计全年完成国地两税收入10,200万元，为目标任务的102%，完成目标的概率约78%（有风险）。"
        in text
    )
    assert "1-5月累计完成5,010万元，任务进度50.1%，快于时间进度。" in text


def test_overall_counts_and_time_progress(figures):
    text = draft(*figures, CATALOGUE, CONTEXT, "zh")
    assert "截至1-5月，时间进度41.7%。有全年目标的3项指标中，预计1项能完成" in text
    assert "1项有风险，1项难完成" in text


def test_growth_indicator_and_half_year_target(figures):
    text = draft(*figures, CATALOGUE, CONTEXT, "zh")
    assert (
        "预计全年规模工业增加值增速12.0%，目标13.0%，差1.0个百分点，完成目标的概率约30%（难完成）"
        in text
    )
    assert "上半年目标5.50亿元" in text


def test_needs_attention_states_what_the_rest_of_the_year_must_bring(figures):
    text = draft(*figures, CATALOGUE, CONTEXT, "zh")
    watch = _watch(text)
    assert "国地两税收入：剩余7个月需月均完成713万元，比上年同期增长6.5%。" in watch
    assert "全社会固定资产投资" not in watch  # on track


def test_indicators_without_target_are_listed_with_their_band(figures):
    text = draft(*figures, CATALOGUE, CONTEXT, "zh")
    assert "规模工业总产值预计全年35.50亿元（80%的可能在35.50–35.50亿元之间）" in text


def test_english_brief(figures):
    text = draft(*figures, CATALOGUE, BriefContext("Jan–May 2020", "baseline", "x"), "en")
    assert text.startswith("# Year-end projection brief")
    assert (
        "projected year-end 10,200万元, 102% of the target, chance of meeting it about 78%" in text
    )
    assert "国地两税" not in text


def test_sample_note_only_for_the_sample(figures):
    sample = BriefContext("2020年1-5月", "基准", "示例", sample=True)
    assert "示意" in draft(*figures, CATALOGUE, sample, "zh")
    assert "示意" not in draft(*figures, CATALOGUE, CONTEXT, "zh")


def test_thresholds_are_stated(figures):
    text = draft(*figures, CATALOGUE, CONTEXT, "zh")
    assert "正常 ≥80%；有风险 50%–80%；难完成 <50%" in text


def test_brief_fits_one_page(figures):
    text = draft(*figures, CATALOGUE, CONTEXT, "zh")
    assert len([line for line in text.splitlines() if line.strip()]) < 40


def test_no_targets():
    projections, _, _ = town()
    from forecast.checks import check

    checks = {i: check(p, None) for i, p in projections.items()}
    text = draft(projections, checks, CATALOGUE, CONTEXT, "zh")
    assert "本数据没有全年目标" in text
    assert "需要重点关注" not in text


@pytest.mark.parametrize(
    ("p", "zh", "en", "table"),
    [
        (0.004, "不足1%", "below 1%", "不足1%"),
        (0.0, "不足1%", "below 1%", "不足1%"),
        (0.01, "约1%", "about 1%", "1%"),
        (0.995, "超过99%", "above 99%", "超过99%"),
        (1.0, "超过99%", "above 99%", "超过99%"),
        (0.99, "约99%", "about 99%", "99%"),
        (0.781, "约78%", "about 78%", "78%"),
        (float("nan"), "—", "—", "—"),
    ],
)
def test_one_way_to_show_a_probability(p, zh, en, table):
    assert fmt.probability(p, "zh", about=True) == zh
    assert fmt.probability(p, "en", about=True) == en
    assert fmt.probability(p, "zh") == table
    assert fmt.probability(p, "en") == table.replace("不足", "below ").replace("超过", "above ")


def _watch(text: str, heading: str = "需要重点关注") -> str:
    """The section titled ``heading``, whatever its number (``## 四、需要重点关注``)."""
    return re.split(rf"\n## [^\n]*{heading}\n", text)[1].split("\n## ")[0]


def test_every_indicator_at_risk_or_off_track_needs_attention_growth_rates_too():
    from forecast.checks import check
    from forecast.targets import Goal, Target
    from tests.app_fakes import draws, growth

    projections, checks, _ = town()
    at_risk = growth("va_growth", 13.3, draws((12.0, 30), (13.5, 70)))
    projections["va_growth"] = at_risk
    checks["va_growth"] = check(at_risk, Target("va_growth", 2020, Goal("growth", 13)))
    assert checks["va_growth"].status == "at_risk"
    watch = _watch(draft(projections, checks, CATALOGUE, CONTEXT, "zh"))
    assert (
        "- 规模工业增加值增速：全年目标13.0%，1-5月累计增长13.3%，预计全年13.5%，完成目标的概率约70%。"
        in watch
    )
    english = draft(projections, checks, CATALOGUE, CONTEXT, "en")
    assert "Industrial value added growth: target 13.0% for the year, growth 13.3% in Jan–May" in (
        _watch(english, "Needs attention")
    )


def test_sample_brief_lists_every_risk_and_one_unit_per_indicator():
    from file_readers.tables import SAMPLE_ACTUALS, SAMPLE_TARGETS, read_actuals, read_targets
    from forecast.checks import checks_for
    from forecast.projection import project_all
    from presentation.overview import overview_table

    actuals = read_actuals(SAMPLE_ACTUALS)
    targets = read_targets(SAMPLE_TARGETS, actuals.catalogue)
    projections = project_all(actuals, (2020, 5))
    checks = checks_for(projections, targets, actuals.catalogue)
    text = draft(projections, checks, actuals.catalogue, CONTEXT, "zh")
    watch = _watch(text)
    listed = {line[2:].split("：")[0] for line in watch.splitlines() if line.startswith("- ")}
    risky = {
        actuals.catalogue[i].name("zh")
        for i, c in checks.items()
        if c.status in ("at_risk", "off_track")
    }
    assert "规模工业增加值增速" in risky and listed == risky
    table = overview_table(projections, checks, actuals.catalogue, "zh").set_index("indicator")
    assert "国地两税收入10,014万元" in text and "亿元" not in text.split("国地两税收入")[1][:20]
    for i, p in projections.items():
        assert table.loc[i, "point"] in text, i  # the tables' figure, in the tables' unit
        assert table.loc[i, "point"].endswith(p.unit)


def test_usual_month_prefers_the_majority(figures):
    projections, _ = figures
    assert brief.usual_month(projections) == 5
    assert brief.usual_month({}) == 12
