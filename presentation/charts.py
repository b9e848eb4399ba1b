"""Altair charts of what ``presentation.indicator`` computes (pure: chart specs, no streamlit)."""

from __future__ import annotations

import altair as alt
import pandas as pd

from presentation import fmt
from presentation.text import t

__all__ = ["indicator_chart"]

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
                    alt.Tooltip("band:N"),
                    alt.Tooltip("low:Q", format=number),
                    alt.Tooltip("high:Q", format=number),
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
