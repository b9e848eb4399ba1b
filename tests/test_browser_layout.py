"""The 总览 page in a real browser on a phone (390×844, Chinese) and at 1280 px in English: the
targets likely to be missed on the first screen, nothing wider than the screen, the key
columns of the table (name, chance, status, year-end strip, forecast, 80% band) on screen
without scrolling sideways, and no English name cut. Screenshots go to screenshots/."""

import pytest

from app_pages.widgets import WIDTHS
from tests.test_e2e_browser import SHOTS, browser, server, settle  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.browser]

KEY_COLUMNS = ("name", "p_meet", "status", "strip", "point", "band")
PHONE_COLUMNS = ("name", "p_meet", "status")
LONGEST = {"en": "Industrial value added (above scale)", "zh": "规模工业增加值增速"}
CELL_PADDING = 8  # each side of a cell's text in Streamlit's table
# a bad value whose missing month is folded beside it (由此引起), and a bad month
KNOCK_ON_CSV = "".join(
    ["indicator,date,value,basis\n"]
    + [f"tax_total,2019-{m:02d},{500 + m},month\n" for m in range(1, 13)]
    + ["tax_total,2020-01,520,month\n", "tax_total,2020-02,abc,month\n"]
    + ["tax_total,2020-03,530,month\n", "tax_total,2020-04,540,month\n"]
    + ["fai,2020-13,5,month\n"]
).encode()


def open_overview(browser, url, width, height):  # noqa: F811
    context = browser.new_context(viewport={"width": width, "height": height})
    context.set_default_timeout(90_000)
    page = context.new_page()
    page.goto(url)
    page.locator('[data-testid="stDataFrame"]').first.wait_for()
    settle(page)
    return context, page


def first_card(page, chance: str):
    """The first card under 可能完不成的目标 (a bordered container in a column)."""
    return page.locator('[data-testid="stColumn"]').filter(has_text=chance).first


def no_sideways_scrolling(page, width: int) -> None:
    overflow = page.evaluate(
        """() => [...document.querySelectorAll('[data-testid="stMain"] *')]
            .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
            .filter(e => !e.closest('[data-testid="stDataFrame"]'))
            .map(e => e.tagName + ' ' + (e.innerText || '').slice(0, 40))"""
    )
    assert overflow == [], f"wider than {width} px: {overflow[:5]}"


def name_fits(page, lang: str) -> None:
    """The longest sample name fits its column in the page's font (no name cut)."""
    font = page.evaluate(
        """() => getComputedStyle(document.querySelector('[data-testid="stMain"]')).fontFamily"""
    )
    text_px = page.evaluate(
        """([text, font]) => {
            const c = document.createElement('canvas').getContext('2d');
            c.font = '14px ' + font;
            return c.measureText(text).width;
        }""",
        [LONGEST[lang], font],
    )
    assert text_px + 2 * CELL_PADDING <= WIDTHS[lang]["name"], (lang, text_px, font)


def test_phone_first_screen_names_the_misses_and_the_table_fits(server, browser):  # noqa: F811
    context, page = open_overview(browser, server, 390, 844)
    card = first_card(page, "完成概率")
    text = card.inner_text()
    assert "旅游人次" in text and "难完成" in text
    assert "预计" in text and "目标" in text and "完成概率" in text and "需月均" in text
    box = card.bounding_box()
    assert box["y"] + box["height"] <= 844, "the first card is below the first screen"
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    no_sideways_scrolling(page, 390)
    table = page.locator('[data-testid="stDataFrame"]').first.bounding_box()
    assert table["x"] + table["width"] <= 390
    name_fits(page, "zh")
    needed = sum(WIDTHS["zh"][c] for c in PHONE_COLUMNS)
    assert table["width"] >= needed, "name, chance and status do not fit on a phone"
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "phone_overview_first_screen.png"))
    page.locator('[data-testid="stDataFrame"]').first.scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "phone_overview_table.png"))
    context.close()


def test_english_at_1280_shows_names_whole_and_the_band(server, browser):  # noqa: F811
    context, page = open_overview(browser, server, 1280, 800)
    page.locator('[data-testid="stSidebar"]').get_by_text("English").click()
    page.get_by_role("heading", name="Overview: annual targets").wait_for()
    settle(page)
    card = first_card(page, "Chance of meeting it")
    assert "Tourist visits" in card.inner_text()
    box = card.bounding_box()
    assert box["y"] + box["height"] <= 800, "the first card is below the first screen"
    no_sideways_scrolling(page, 1280)
    table = page.locator('[data-testid="stDataFrame"]').first.bounding_box()
    needed = sum(WIDTHS["en"][c] for c in KEY_COLUMNS)
    assert table["width"] >= needed, "the 80% band is off-screen at 1280 px"
    name_fits(page, "en")
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "overview_en_1280.png"))
    context.close()


def cut_metric_texts(page) -> list[str]:
    """The metric cards' labels, values and deltas drawn narrower than their text (cut or
    ellipsised), as ``text (scroll px > client px)``."""
    return page.evaluate(
        """() => [...document.querySelectorAll(
                '[data-testid="stMetricLabel"], [data-testid="stMetricValue"],'
                + ' [data-testid="stMetricDelta"]')]
            .flatMap(e => [e, ...e.querySelectorAll('*')])
            .filter(e => e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1)
            .map(e => `${e.innerText.trim()} (${e.scrollWidth} > ${e.clientWidth})`)"""
    )


@pytest.mark.parametrize(
    ("width", "lang", "heading"),
    [(1280, "en", "Indicator detail"), (390, "zh", "指标详情")],
    ids=["en-1280", "zh-390"],
)
def test_indicator_metric_cards_show_their_texts_whole(server, browser, width, lang, heading):  # noqa: F811
    """The 2×2 cards' texts whole, and the cards of one height (a value in Latin letters only,
    such as ``8%``, drew its card lower than the others)."""
    context, page = open_overview(browser, f"{server}/indicator", width, 900)
    if lang == "en":  # a new session starts in Chinese
        page.locator('[data-testid="stSidebar"]').get_by_text("English").click()
    page.get_by_role("heading", name=heading).wait_for()
    page.locator('[data-testid="stMetricValue"]').first.wait_for()
    settle(page)
    metrics = page.locator('[data-testid="stMetric"]')
    assert metrics.count() >= 4
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"indicator_metrics_{lang}_{width}.png"))
    assert cut_metric_texts(page) == []
    heights = metrics.evaluate_all("ms => ms.map(m => m.getBoundingClientRect().height)")
    assert max(heights) - min(heights) <= 1, f"the metric cards are uneven: {heights}"
    context.close()


def sideways_overflow(page, table) -> int:
    """How many px of a table's grid lie beyond its visible width (0: no sideways scroll)."""
    return table.evaluate(
        """t => { const s = t.querySelector('.dvn-scroller');
                  return s ? s.scrollWidth - s.clientWidth : -1; }"""
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_data_problem_table_fits_at_1280_without_sideways_scrolling(server, browser, lang):  # noqa: F811
    """A bad upload's problems (where: row, column; what, with its file; what it caused) all
    on screen at 1280 px, the long texts wrapped instead of running past the right edge."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(90_000)
    page = context.new_page()
    page.goto(f"{server}/data")
    title = "数据：上传、校验与截至月份"
    if lang == "en":
        page.locator('[data-testid="stSidebar"]').get_by_text("English").click()
        title = "Data: upload, check, as-of month"
    page.get_by_role("heading", name=title).wait_for()
    settle(page)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').first.set_input_files(
        files=[{"name": "knock_on.csv", "mimeType": "text/csv", "buffer": KNOCK_ON_CSV}]
    )
    page.locator('[data-testid="stAlertContentError"]').filter(has_text="knock_on.csv").wait_for()
    settle(page)
    table = page.locator('[data-testid="stDataFrame"]:visible').first
    box = table.bounding_box()
    assert box["x"] + box["width"] <= 1280
    assert sideways_overflow(page, table) == 0, "the problem table scrolls sideways"
    no_sideways_scrolling(page, 1280)
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"data_problems_{lang}_1280.png"))
    context.close()


def test_district_page_at_1280_shows_the_grid_and_the_ranking(server, browser):  # noqa: F811
    """辖区 in a browser: the coloured grid and the ranking drawn, nothing but the tables
    wider than the screen, and the ranking (rank, unit, …, P(meet), status) without sideways
    scrolling."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(90_000)
    page = context.new_page()
    page.goto(f"{server}/district")
    page.get_by_role("heading", name="辖区：各镇（街道）目标完成情况").wait_for()
    page.get_by_role("heading", name="进度排名").wait_for()
    settle(page)
    tables = page.locator('[data-testid="stDataFrame"]:visible')
    assert tables.count() >= 3  # the grid, the ranking, the shortfall
    no_sideways_scrolling(page, 1280)
    assert sideways_overflow(page, tables.nth(1)) == 0, "the ranking scrolls sideways"
    grid = tables.first.evaluate(
        """t => { const s = t.querySelector('.dvn-scroller');
                  return s.scrollHeight - s.clientHeight; }"""
    )
    assert grid <= 1, "the grid hides towns below its bottom edge"
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "district_zh_1280.png"), full_page=True)
    context.close()
