"""Altair charts of what ``presentation.indicator`` computes (pure: chart specs, no streamlit)."""

from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd

from presentation import fmt
from presentation.text import t

__all__ = ["indicator_chart", "year_end_chart", "year_end_domain"]

_COLORS = {
    "past": "#c4c9d0",
    "last": "#7f8c9d",
    "this": "#1f4e8c",
    "median": "#2f7fd1",
    "required": "#e07b00",
    "target": "#c0392b",
}
_DASHES = {
    "past": [1, 0],
    "last": [6, 3],
    "this": [1, 0],
    "median": [4, 3],
    "required": [2, 2],
    "target": [1, 0],
}
_BAND_OPACITY = {"90%": 0.18, "80%": 0.28, "50%": 0.45}
_INSET_X = alt.Scale(domain=[-1, 3.2])  # the year-end inset: bars at 0, labels to the right


def _month_axis(lang: str) -> alt.Axis:
    # the labels are fmt.month's, as a Vega expression over the month number
    names = ",".join(f"'{fmt.month(m, lang)}'" for m in range(1, 13))
    expr = f"[{names}][datum.value - 1]"
    return alt.Axis(values=list(range(1, 13)), labelExpr=expr, title=t("axis_month", lang))


def _lines(frames: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    """Every line of the chart in one long table: month, value, series key, label, year."""
    parts = []
    history = frames["history"]
    if not history.empty:
        h = history.rename(columns={"role": "series"})[["month", "value", "series", "year"]]
        parts.append(h)
    if len(frames["median"]) > 1:
        parts.append(frames["median"].assign(series="median", year=0))
    if not frames["required"].empty:
        parts.append(frames["required"].assign(series="required", year=0))
    if not frames["target"].empty:
        value = float(frames["target"]["value"].iloc[0])
        parts.append(
            pd.DataFrame({"month": [1, 12], "value": [value] * 2, "series": "target", "year": 0})
        )
    lines = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
    names = {
        "past": t("series_past", lang),
        "last": t("series_last", lang),
        "this": t("series_this", lang),
        "median": t("series_median", lang),
        "required": t("series_required", lang),
        "target": t("series_target", lang),
    }
    if not lines.empty:
        lines["label"] = lines["series"].map(names)
        lines["text"] = [f"{y}" if y else "" for y in lines["year"]]
    return lines


def indicator_chart(
    frames: dict[str, pd.DataFrame], unit: str, kind: str, lang: str = "zh", height: int = 380
) -> alt.LayerChart:
    """History, this year's path, the projection fan (50/80/90%), target and required path."""
    x = alt.X("month:Q", axis=_month_axis(lang), scale=alt.Scale(domain=[1, 12], nice=False))
    title = t("axis_growth", lang) if kind == "growth" else t("axis_cumulative", lang, unit=unit)
    number = f",.{fmt.decimals(unit)}f"
    lines = _lines(frames, lang)
    present = [s for s in _COLORS if not lines.empty and s in set(lines["series"])]
    labels = [lines.loc[lines["series"] == s, "label"].iloc[0] for s in present]
    color = alt.Color(
        "label:N",
        scale=alt.Scale(domain=labels, range=[_COLORS[s] for s in present]),
        legend=alt.Legend(title=None, orient="bottom", symbolType="stroke", symbolStrokeWidth=2.5),
        sort=labels,
    )
    dash = alt.StrokeDash(
        "label:N",
        scale=alt.Scale(domain=labels, range=[_DASHES[s] for s in present]),
        legend=None,
    )
    y = alt.Y("value:Q", title=title, scale=alt.Scale(zero=kind != "growth"))
    layers = []
    bands = frames["bands"]
    if not bands.empty:
        layers.append(
            alt.Chart(bands)
            .mark_area(color=_COLORS["median"], interpolate="monotone")
            .encode(
                x=x,
                y=alt.Y("low:Q", title=title),
                y2="high:Q",
                opacity=alt.Opacity(
                    "band:N",
                    scale=alt.Scale(domain=list(_BAND_OPACITY), range=list(_BAND_OPACITY.values())),
                    legend=alt.Legend(
                        title=t("series_band", lang), orient="bottom", symbolType="square"
                    ),
                    sort=list(_BAND_OPACITY),
                ),
                tooltip=[
                    alt.Tooltip("month:Q", title=t("axis_month", lang)),
                    alt.Tooltip("band:N", title=t("series_band", lang)),
                    alt.Tooltip("low:Q", format=number, title=t("tooltip_low", lang)),
                    alt.Tooltip("high:Q", format=number, title=t("tooltip_high", lang)),
                ],
            )
        )
    if not lines.empty:
        layers.append(
            alt.Chart(lines)
            .mark_line(strokeWidth=2)
            .encode(
                x=x,
                y=y,
                color=color,
                strokeDash=dash,
                detail="year:N",
                tooltip=[
                    alt.Tooltip("label:N", title=" "),
                    alt.Tooltip("text:N", title=" "),
                    alt.Tooltip("month:Q", title=t("axis_month", lang)),
                    alt.Tooltip("value:Q", format=number, title=unit),
                ],
            )
        )
    if not lines.empty:
        layers.append(
            alt.Chart(lines[lines["series"] == "this"])
            .mark_point(filled=True, size=30, color=_COLORS["this"])
            .encode(x=x, y=y)
        )
    chart = alt.layer(*layers).properties(height=height)
    return chart.resolve_scale(opacity="independent").configure_legend(labelLimit=240)


def year_end_domain(frames: dict[str, pd.DataFrame]) -> tuple[float, float]:
    """A y-range fitted to the year-end: the widest band, the median and the target, padded."""
    end = frames["bands"][frames["bands"]["month"] == 12]
    values = [*end["low"].tolist(), *end["high"].tolist()]
    if len(frames["median"]):
        values.append(float(frames["median"]["value"].iloc[-1]))
    if not frames["target"].empty:
        values.append(float(frames["target"]["value"].iloc[0]))
    values = [v for v in values if np.isfinite(v)]
    if not values:
        return 0.0, 1.0
    low, high = min(values), max(values)
    pad = (high - low) * 0.12 or abs(high) * 0.05 or 1.0
    return low - pad, high + pad


def year_end_chart(
    frames: dict[str, pd.DataFrame],
    unit: str,
    gap: list[str],
    lang: str = "zh",
    height: int = 380,
) -> alt.LayerChart:
    """The year-end on its own scale (an inset beside the path chart): the 90/80/50% bands as
    nested bars, the median (dark tick, labelled), the target (red line, labelled) and the gap
    between them in the subtitle, so a band a few pixels wide on the full chart is readable."""
    number = f",.{fmt.decimals(unit)}f"
    low, high = year_end_domain(frames)
    y = alt.Y(
        "value:Q",
        title=None,
        scale=alt.Scale(domain=[low, high], zero=False, nice=False),
        axis=alt.Axis(format=number, orient="right"),
    )
    end = frames["bands"][frames["bands"]["month"] == 12]
    layers = []
    if not end.empty:
        bars = end.assign(x=0)
        layers.append(
            alt.Chart(bars)
            .mark_bar(color=_COLORS["median"], size=36)
            .encode(
                x=alt.X("x:Q", axis=None, scale=_INSET_X),
                y=alt.Y("low:Q", scale=alt.Scale(domain=[low, high], zero=False, nice=False)),
                y2="high:Q",
                opacity=alt.Opacity(
                    "band:N",
                    scale=alt.Scale(domain=list(_BAND_OPACITY), range=list(_BAND_OPACITY.values())),
                    legend=None,
                ),
                tooltip=[
                    alt.Tooltip("band:N", title=t("series_band", lang)),
                    alt.Tooltip("low:Q", format=number, title=t("tooltip_low", lang)),
                    alt.Tooltip("high:Q", format=number, title=t("tooltip_high", lang)),
                ],
            )
        )
    marks = []
    if len(frames["median"]) > 1:
        value = float(frames["median"]["value"].iloc[-1])
        marks.append(("median", value, f"{t('series_median', lang)} {fmt.number(value, unit)}"))
    if not frames["target"].empty:
        value = float(frames["target"]["value"].iloc[0])
        marks.append(("target", value, f"{t('series_target', lang)} {fmt.number(value, unit)}"))
    if marks:
        points = pd.DataFrame(
            [{"series": s, "value": v, "text": text, "x": 0} for s, v, text in marks]
        )
        colour = alt.Color(
            "series:N",
            scale=alt.Scale(domain=[m[0] for m in marks], range=[_COLORS[m[0]] for m in marks]),
            legend=None,
        )
        x = alt.X("x:Q", axis=None, scale=_INSET_X)
        layers.append(
            alt.Chart(points.assign(x=-0.55, x2=0.55))
            .mark_rule(strokeWidth=3)
            .encode(x=x, x2="x2:Q", y=y, color=colour)
        )
        # labels right of the bars: the higher above its line, the lower below, so close
        # values never overlap
        top = points["value"] == points["value"].max()
        for rows, baseline, dy in ((points[top], "bottom", -2), (points[~top], "top", 2)):
            if rows.empty:
                continue
            layers.append(
                alt.Chart(rows.assign(x=0.65))
                .mark_text(align="left", baseline=baseline, dy=dy, fontSize=12)
                .encode(x=x, y=y, text="text:N", color=colour)
            )
    title = alt.TitleParams(
        t("inset_title", lang), subtitle=gap, anchor="start", fontSize=13, subtitleFontSize=11
    )
    return alt.layer(*layers).properties(height=height, title=title)
