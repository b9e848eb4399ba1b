"""Write the bundled sample data of 沿滩镇 (Yantan town): catalogue, actuals and targets.

The monthly history 2016-01 … 2020-05 is ILLUSTRATIVE: synthetic, drawn here from a fixed
seed with realistic seasonality. Only the 2020 figures quoted in the town's 2020 half-year
work report are real, and they come out exactly (see ``REPORT``). Every level is built in
integer units of its last printed decimal, so sums and cumulative values are exact.

Usage::

    python scripts/make_sample_data.py            # writes data/
    python scripts/make_sample_data.py --out DIR  # writes DIR/ (the tests compare the bytes)
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Sequence
from pathlib import Path

import numpy as np

SEED = 20200630
BASE_YEAR = 2015  # drawn only as the base of 2016's growth; never written
YEARS = (2016, 2017, 2018, 2019)  # complete years written
REPORT_YEAR = 2020
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "data"

CATALOGUE_FILE = "catalogue.csv"
ACTUALS_FILE = "sample_town_actuals.csv"
TARGETS_FILE = "sample_town_targets.csv"

# id, name_zh, name_en, unit, group, higher_is_better, parent
CATALOGUE: tuple[tuple[str, str, str, str, str, int, str], ...] = (
    ("tax_total", "国地两税收入", "National and local tax revenue", "万元", "taxes", 1, ""),
    ("tax_national", "国税", "National tax", "万元", "taxes", 1, "tax_total"),
    ("tax_local", "地税", "Local tax", "万元", "taxes", 1, "tax_total"),
    ("fai", "全社会固定资产投资", "Fixed-asset investment", "亿元", "investment", 1, ""),
    (
        "industry_output",
        "规模工业总产值",
        "Gross industrial output (above scale)",
        "亿元",
        "industry",
        1,
        "",
    ),
    (
        "industry_va",
        "规模工业增加值",
        "Industrial value added (above scale)",
        "亿元",
        "industry",
        1,
        "",
    ),
    (
        "industry_va_growth",
        "规模工业增加值增速",
        "Industrial value added growth",
        "%",
        "industry",
        1,
        "",
    ),
    (
        "retail_above_growth",
        "限上社零增速",
        "Retail sales growth (above quota)",
        "%",
        "consumption",
        1,
        "",
    ),
    (
        "funds_external",
        "到位市外资金",
        "External investment funds received",
        "亿元",
        "investment",
        1,
        "",
    ),
    ("tourism_visits", "旅游人次", "Tourist visits", "万人次", "tourism", 1, ""),
    ("tourism_revenue", "旅游收入", "Tourism revenue", "万元", "tourism", 1, ""),
    ("employment_new", "新增城镇就业", "New urban jobs", "人", "society", 1, ""),
    ("poverty_households", "脱贫户数", "Households lifted out of poverty", "户", "poverty", 1, ""),
    ("poverty_people", "脱贫人数", "People lifted out of poverty", "人", "poverty", 1, ""),
)

# indicator, year, kind, value, half_kind, half_value (the report's 2020 targets)
TARGETS: tuple[tuple[str, int, str, str, str, str], ...] = (
    ("tax_total", 2020, "absolute", "10000", "", ""),  # 1亿元
    ("fai", 2020, "absolute", "11", "absolute", "5.5"),
    ("industry_va", 2020, "absolute", "10.9", "", ""),
    ("industry_va_growth", 2020, "growth", "13", "growth", "13"),
    ("funds_external", 2020, "absolute", "8.51", "", ""),
    ("tourism_visits", 2020, "absolute", "15", "", ""),
    ("tourism_revenue", 2020, "absolute", "1700", "", ""),
    ("poverty_households", 2020, "absolute", "145", "", ""),
    ("poverty_people", 2020, "absolute", "432", "", ""),
)

# Decimals printed for each level indicator; values are built in integer units of 10**-d.
DECIMALS = {
    "tax_total": 0,
    "tax_national": 0,
    "tax_local": 0,
    "fai": 2,
    "industry_output": 2,
    "industry_va": 2,
    "funds_external": 3,
    "tourism_visits": 2,
    "tourism_revenue": 0,
    "employment_new": 0,
    "poverty_households": 0,
    "poverty_people": 0,
}
YTD_INDICATORS = ("fai", "industry_output", "industry_va")  # 累计, 1-2月 reported together
GROWTH_INDICATORS = ("industry_va_growth", "retail_above_growth")

# The report's 2020 figures (1-5月 unless noted), in integer units of DECIMALS.
REPORT = {
    "tax_national": 2441,  # 2441万元
    "tax_local": 2569,  # 2569万元 (两税 5010万元)
    "fai": 510,  # 5.1亿元
    "fai_h1": 584,  # 1-6月 5.84亿元 (106% of the half-year target 5.5亿元)
    "industry_output": 1420,  # 14.2亿元
    "industry_va": 450,  # 4.5亿元
    "funds_external": 6151,  # 6.151亿元 (72.3% of 8.51亿元)
    "employment_new": 108,  # 人; the report has 120 for the whole first half
    "poverty_households": 62,  # 户 of 145; 78户238人 are planned by June
    "poverty_people": 184,  # 人 of 432
}
INDUSTRY_VA_GROWTH_2020_05 = 13.3  # %, 102% of the half-year target 13%
RETAIL_GROWTH_2020 = (-2.4, 4.7, 13.5, 22.0)  # % 1-2月 … 1-5月; 22% is the report's

SPRING_FESTIVAL_MONTH = {2015: 2, 2016: 2, 2017: 1, 2018: 2, 2019: 2, 2020: 1}

# Usual monthly shares of the year (Jan … Dec), before each year's noise.
TAX_PROFILE = np.array([12, 6.5, 7.5, 9, 13, 8, 9, 6, 6.5, 9, 5.5, 8])  # May: 汇算清缴
FAI_PROFILE = np.array([4, 5, 9.5, 10, 10.5, 10, 7, 7.5, 10, 7.5, 8, 11])  # December rush
INDUSTRY_PROFILE = np.array([6.5, 7, 8.5, 9, 9, 9, 8, 8, 8.5, 8.5, 8.5, 9.5])
FUNDS_PROFILE = np.array([5, 5, 8, 9, 9, 10, 7, 7, 9, 9, 10, 12])
TOURISM_PROFILE = np.array([5, 5, 7, 9, 10.5, 6.5, 8, 9, 6, 11, 5, 4])  # + Spring Festival
SPRING_FESTIVAL_BUMP = 14.0
EMPLOYMENT_PROFILE = np.array([4, 9, 12, 10, 9, 9, 9, 8, 9, 8, 7, 6])  # hiring after 春节
POVERTY_PROFILE = np.array([0, 2, 9, 12, 15, 18, 14, 12, 13, 5, 0, 0])  # done by October

# 2020 Jan … Jun against a usual month: Feb-Mar locked down, April-May catching up.
EPIDEMIC = np.array([0.95, 0.45, 0.70, 1.10, 1.25, 1.00])


def allocate(total: int, weights: Sequence[float] | np.ndarray) -> np.ndarray:
    """Split an integer total over weights, exactly (largest remainders), as int64."""
    w = np.asarray(weights, dtype=float)
    raw = total * w / w.sum()
    out = np.floor(raw).astype(np.int64)
    rest = int(total - out.sum())
    out[np.argsort(-(raw - out), kind="stable")[:rest]] += 1
    return out


class Generator:
    """Draws every series from one seeded generator, in a fixed order."""

    def __init__(self, seed: int = SEED):
        self.rng = np.random.default_rng(seed)
        # monthly amounts in integer units: indicator -> year -> int array (12, or 5-6 in 2020)
        self.monthly: dict[str, dict[int, np.ndarray]] = {}
        self.growth: dict[str, dict[int, np.ndarray]] = {}  # % Feb..Dec (index 0 = Feb)

    def noisy(self, profile: np.ndarray, sigma: float) -> np.ndarray:
        return profile * np.exp(self.rng.normal(0.0, sigma, profile.size))

    def chain(self, anchor_year: int, anchor: float, lo: float, hi: float) -> dict[int, float]:
        """Annual totals 2015–2019 through ``anchor`` in ``anchor_year``, growing lo..hi a year."""
        growth = self.rng.uniform(lo, hi, REPORT_YEAR - 1 - BASE_YEAR)  # 2016..2019 over prior
        totals = {anchor_year: anchor}
        for year in range(anchor_year + 1, REPORT_YEAR):
            totals[year] = totals[year - 1] * (1 + growth[year - BASE_YEAR - 1])
        for year in range(anchor_year - 1, BASE_YEAR - 1, -1):
            totals[year] = totals[year + 1] / (1 + growth[year - BASE_YEAR])
        return totals

    def history(
        self, name: str, totals: dict[int, float], profile: np.ndarray, sigma: float, scale: int
    ) -> None:
        self.monthly[name] = {
            y: allocate(round(totals[y] * scale), self.noisy(profile, sigma))
            for y in range(BASE_YEAR, REPORT_YEAR)
        }

    def build(self) -> None:
        self.taxes()
        self.fai()
        self.industry()
        self.retail()
        self.funds()
        self.tourism()
        self.employment()
        self.poverty()

    def taxes(self) -> None:
        totals = self.chain(2019, self.rng.uniform(9150, 9400), 0.06, 0.11)
        share = {y: self.rng.uniform(0.465, 0.49) for y in totals}
        national = {y: totals[y] * share[y] for y in totals}
        local = {y: totals[y] * (1 - share[y]) for y in totals}
        self.history("tax_national", national, TAX_PROFILE, 0.18, 1)
        self.history("tax_local", local, TAX_PROFILE, 0.18, 1)
        for name in ("tax_national", "tax_local"):
            weights = self.noisy(TAX_PROFILE[:5] * EPIDEMIC[:5], 0.12)
            self.monthly[name][REPORT_YEAR] = allocate(REPORT[name], weights)
        self.monthly["tax_total"] = {
            y: self.monthly["tax_national"][y] + self.monthly["tax_local"][y]
            for y in self.monthly["tax_national"]
        }

    def fai(self) -> None:
        totals = self.chain(2019, self.rng.uniform(9.65, 9.9), 0.07, 0.12)
        self.history("fai", totals, FAI_PROFILE, 0.08, 100)
        # projects restarted in April: the first five months carry 5.1亿元, June 0.74亿元
        weights = FAI_PROFILE[:5] * np.array([0.6, 0.4, 0.8, 1.5, 1.7])
        first5 = allocate(REPORT["fai"], weights)
        self.monthly["fai"][REPORT_YEAR] = np.append(first5, REPORT["fai_h1"] - REPORT["fai"])

    def industry(self) -> None:
        shares = {y: self.noisy(INDUSTRY_PROFILE, 0.025) for y in range(BASE_YEAR, REPORT_YEAR)}
        shares[BASE_YEAR] = INDUSTRY_PROFILE.astype(float)  # a plain base for 2016's growth
        # 2019's 1-5月 sized so that 2020's 4.5亿元 is about 13-15% more, as reported
        jan_may_2019 = 4.5 / self.rng.uniform(1.135, 1.15)
        total_2019 = jan_may_2019 * shares[2019].sum() / shares[2019][:5].sum()
        totals = self.chain(2019, total_2019, 0.095, 0.125)
        va = {y: allocate(round(totals[y] * 100), shares[y]) for y in totals}
        # 2020: 1-2月 below 2019, March level, April-May catching up to exactly 4.5亿元
        last = va[2019][:5].astype(float)
        early = last[:3] * np.array([0.94, 0.94, 1.04])
        late = last[3:5] * np.array([1.0, 1.08])
        late *= (REPORT["industry_va"] - early.sum()) / late.sum()
        va[REPORT_YEAR] = allocate(REPORT["industry_va"], np.concatenate([early, late]))
        self.monthly["industry_va"] = va

        ratio = {y: self.rng.uniform(0.31, 0.32) for y in range(BASE_YEAR, REPORT_YEAR + 1)}
        output = {}
        for y in range(BASE_YEAR, REPORT_YEAR):
            month_ratio = ratio[y] * np.exp(self.rng.normal(0.0, 0.02, 12))
            output[y] = np.maximum(np.rint(va[y] / month_ratio).astype(np.int64), 1)
        month_ratio = ratio[REPORT_YEAR] * np.exp(self.rng.normal(0.0, 0.02, 5))
        output[REPORT_YEAR] = allocate(REPORT["industry_output"], va[REPORT_YEAR] / month_ratio)
        self.monthly["industry_output"] = output

        # reported growth is at comparable prices: about a point below the nominal one
        growth = {}
        for y in range(YEARS[0], REPORT_YEAR + 1):
            now = np.cumsum(va[y])[1:]
            before = np.cumsum(va[y - 1])[1 : now.size + 1]
            nominal = (now / before - 1) * 100
            growth[y] = np.round(nominal - 0.9 + self.rng.normal(0.0, 0.4, nominal.size), 1)
        growth[REPORT_YEAR][-1] = INDUSTRY_VA_GROWTH_2020_05
        self.growth["industry_va_growth"] = growth

    def retail(self) -> None:
        growth = {}
        for y in YEARS:
            level = self.rng.uniform(10.0, 14.0)
            path = np.empty(11)
            dev = self.rng.normal(0.0, 2.5)
            for m in range(11):
                path[m] = level + dev
                dev = 0.75 * dev + self.rng.normal(0.0, 0.6)
            growth[y] = np.round(path, 1)
        growth[REPORT_YEAR] = np.array(RETAIL_GROWTH_2020)
        self.growth["retail_above_growth"] = growth

    def funds(self) -> None:
        totals = self.chain(2019, self.rng.uniform(7.4, 7.8), 0.08, 0.12)
        funds = {}
        for y in range(BASE_YEAR, REPORT_YEAR):
            lumps = FUNDS_PROFILE * self.rng.gamma(1.5, 1.0, 12)
            lumps[self.rng.random(12) < 0.15] = 0.0  # months with no funds arriving
            funds[y] = allocate(round(totals[y] * 1000), lumps)
        weights = np.array([0.9, 0.25, 0.6, 1.6, 1.8]) * self.rng.gamma(8.0, 1 / 8, 5)
        funds[REPORT_YEAR] = allocate(REPORT["funds_external"], weights)
        self.monthly["funds_external"] = funds

    def tourism_profile(self, year: int) -> np.ndarray:
        profile = TOURISM_PROFILE.copy()
        profile[SPRING_FESTIVAL_MONTH[year] - 1] += SPRING_FESTIVAL_BUMP
        return profile

    def tourism(self) -> None:
        totals = self.chain(2016, self.rng.uniform(13.0, 13.3), 0.025, 0.04)
        visits = {
            y: allocate(round(totals[y] * 100), self.noisy(self.tourism_profile(y), 0.08))
            for y in range(BASE_YEAR, REPORT_YEAR)
        }
        usual = totals[2019] * 1.02 * 100 * self.tourism_profile(REPORT_YEAR) / 100
        lockdown = np.array([0.45, 0.04, 0.25, 0.70, 0.95])  # 春节 2020-01-25
        visits[REPORT_YEAR] = np.rint(usual[:5] * lockdown).astype(np.int64)
        self.monthly["tourism_visits"] = visits

        spend = self.chain(2016, self.rng.uniform(107.0, 109.0), 0.015, 0.025)  # 元 a visit
        spend[REPORT_YEAR] = spend[2019] * 0.92
        revenue = {}
        for y, v in visits.items():
            premium = np.ones(12)
            premium[[SPRING_FESTIVAL_MONTH[y] - 1, 9]] = 1.06  # 春节, 国庆
            premium[4] = 1.03  # 五一
            per_visit = spend[y] * premium[: v.size] * np.exp(self.rng.normal(0, 0.03, v.size))
            revenue[y] = np.rint(v / 100 * per_visit).astype(np.int64)  # 万人次 × 元 = 万元
        self.monthly["tourism_revenue"] = revenue

    def employment(self) -> None:
        totals = self.chain(2019, self.rng.uniform(250.0, 265.0), 0.05, 0.10)
        self.history("employment_new", totals, EMPLOYMENT_PROFILE, 0.2, 1)
        weights = EMPLOYMENT_PROFILE[:5] * np.array([1.0, 0.3, 0.8, 1.4, 1.5])
        self.monthly["employment_new"][REPORT_YEAR] = allocate(REPORT["employment_new"], weights)

    def poverty(self) -> None:
        # the pool of poor households shrinks each year; 145户 are left for 2020
        totals = self.chain(2019, self.rng.uniform(158.0, 166.0), -0.14, -0.08)
        households, people = {}, {}
        for y in range(BASE_YEAR, REPORT_YEAR):
            households[y] = allocate(round(totals[y]), self.noisy(POVERTY_PROFILE, 0.35))
            size = self.rng.uniform(2.9, 3.1)
            people[y] = allocate(
                round(totals[y] * size), households[y] * np.exp(self.rng.normal(0, 0.1, 12))
            )
        weights = POVERTY_PROFILE[:5] * np.array([1.0, 0.5, 0.8, 1.2, 1.3])
        households[REPORT_YEAR] = allocate(REPORT["poverty_households"], weights)
        people[REPORT_YEAR] = allocate(
            REPORT["poverty_people"], households[REPORT_YEAR] * np.exp(self.rng.normal(0, 0.1, 5))
        )
        self.monthly["poverty_households"] = households
        self.monthly["poverty_people"] = people


def fmt(units: int, decimals: int) -> str:
    """An integer count of 10**-decimals as an exact decimal string."""
    if decimals == 0:
        return str(int(units))
    whole, frac = divmod(int(units), 10**decimals)
    return f"{whole}.{frac:0{decimals}d}"


def actual_rows(gen: Generator) -> list[tuple[str, str, str, str]]:
    """Long rows (indicator, date, value, basis) in catalogue order, then by date."""
    rows = []
    for indicator, *_ in CATALOGUE:
        for year in (*YEARS, REPORT_YEAR):
            if indicator in GROWTH_INDICATORS:
                for m, g in enumerate(gen.growth[indicator][year], start=2):
                    rows.append((indicator, f"{year}-{m:02d}", f"{g:.1f}", "ytd_yoy"))
                continue
            amounts = gen.monthly[indicator][year]
            d = DECIMALS[indicator]
            if indicator in YTD_INDICATORS:
                ytd = np.cumsum(amounts)
                for m in range(2, amounts.size + 1):  # no January row: 1-2月 together
                    rows.append((indicator, f"{year}-{m:02d}", fmt(ytd[m - 1], d), "ytd"))
            else:
                for m, amount in enumerate(amounts, start=1):
                    rows.append((indicator, f"{year}-{m:02d}", fmt(amount, d), "month"))
    return rows


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


# other names planners write for each indicator, separated by |
ALIASES = {
    "tax_total": "两税|国地两税|两税收入|国地税收入|税收收入",
    "tax_national": "国税收入",
    "tax_local": "地税收入",
    "fai": "固投|固定资产投资|全社会固投",
    "industry_output": "规上工业总产值|规模以上工业总产值|工业总产值",
    "industry_va": "规上工业增加值|规模以上工业增加值|工业增加值",
    "industry_va_growth": "规上工业增加值增速|规模以上工业增加值增速|工业增加值增速",
    "retail_above_growth": (
        "限上社会消费品零售总额增速|限额以上社会消费品零售总额增速|限上消费品零售额增速"
    ),
    "funds_external": "市外资金|到位市外资金总额|引进市外资金",
    "tourism_visits": "接待游客|游客人次|接待游客人次",
    "tourism_revenue": "旅游综合收入|实现旅游收入",
    "employment_new": "城镇新增就业|新增就业",
    "poverty_households": "脱贫户|贫困户脱贫",
    "poverty_people": "脱贫人口|贫困人口脱贫",
}


# indicators whose months may be negative (net flows); taxes, investment, output and counts
# cannot, so a negative month of theirs is a mistake in the file. Growth rates (%) always may.
ALLOW_NEGATIVE: frozenset[str] = frozenset()


def write_all(out: Path = DEFAULT_OUT, seed: int = SEED) -> list[Path]:
    """Write the three CSV files into ``out``; returns their paths."""
    out.mkdir(parents=True, exist_ok=True)
    gen = Generator(seed)
    gen.build()
    paths = [out / CATALOGUE_FILE, out / ACTUALS_FILE, out / TARGETS_FILE]
    write_csv(
        paths[0],
        (
            "id",
            "name_zh",
            "name_en",
            "unit",
            "group",
            "higher_is_better",
            "parent",
            "allow_negative",
            "aliases",
        ),
        [(*row, int(row[0] in ALLOW_NEGATIVE), ALIASES.get(row[0], "")) for row in CATALOGUE],
    )
    write_csv(paths[1], ("indicator", "date", "value", "basis"), actual_rows(gen))
    write_csv(paths[2], ("indicator", "year", "kind", "value", "half_kind", "half_value"), TARGETS)
    return paths


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="directory to write into")
    parser.add_argument("--seed", type=int, default=SEED, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    for path in write_all(args.out, args.seed):
        print(path)


if __name__ == "__main__":
    main()
