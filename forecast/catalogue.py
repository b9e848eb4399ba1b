"""The indicator catalogue: names, units, groups and parent/child sums."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Indicator:
    """What an indicator is.

    ``unit`` is one of forecast.units.UNITS; '%' marks a growth indicator.
    """

    id: str
    name_zh: str
    name_en: str
    unit: str
    group: str = ""
    higher_is_better: bool = True
    parent: str | None = None
    allow_negative: bool = False
    aliases: tuple[str, ...] = ()  # other names planners write (两税, 固投…)

    @property
    def is_growth(self) -> bool:
        """True for an indicator known only as a cumulative growth rate (unit %)."""
        return self.unit == "%"

    def name(self, lang: str = "zh") -> str:
        return self.name_en if lang == "en" else self.name_zh


def name_key(text: object) -> str:
    """A written name as it is compared: NFKC (full-width to half-width), no spaces at all
    (planners indent with full-width spaces), lower case for English."""
    return "".join(unicodedata.normalize("NFKC", str(text)).split()).lower()


@dataclass(frozen=True)
class Match:
    """How a written name was understood: the indicator id and by what (``id``, ``name`` or
    ``alias``)."""

    id: str
    how: str


def default_indicator(indicator_id: str, unit: str = "") -> Indicator:
    """The entry an indicator gets when the catalogue lacks it: its id as its name; its months
    may be negative (nothing says it is a flow that cannot be)."""
    return Indicator(
        id=indicator_id,
        name_zh=indicator_id,
        name_en=indicator_id,
        unit=unit,
        allow_negative=True,
    )


@dataclass(frozen=True)
class Catalogue(Mapping[str, Indicator]):
    """Indicators by id, in the order they were listed."""

    indicators: tuple[Indicator, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {i.id: i for i in self.indicators})
        # later kinds never override earlier ones: an id beats a name beats an alias
        names: dict[str, Match] = {}
        for how, values in (
            ("id", lambda i: (i.id,)),
            ("name", lambda i: (i.name_zh, i.name_en)),
            ("alias", lambda i: i.aliases),
        ):
            for i in self.indicators:
                for value in values(i):
                    if value:
                        names.setdefault(name_key(value), Match(i.id, how))
        object.__setattr__(self, "_by_name", names)

    def lookup(self, written: object) -> Match | None:
        """The indicator a written id, name (Chinese or English) or alias stands for."""
        return self._by_name.get(name_key(written))  # type: ignore[attr-defined]

    def resolve(self, written: object) -> str:
        """The id ``written`` stands for, or ``written`` itself (stripped) if none."""
        found = self.lookup(written)
        return found.id if found else str(written).strip()

    def __getitem__(self, key: str) -> Indicator:
        return self._by_id[key]  # type: ignore[attr-defined]

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_id)  # type: ignore[attr-defined]

    def __len__(self) -> int:
        return len(self.indicators)

    def get_or_default(self, indicator_id: str, unit: str = "") -> Indicator:
        """The catalogue entry, or a default one named by its id."""
        return self._by_id.get(indicator_id) or default_indicator(indicator_id, unit)  # type: ignore[attr-defined]

    def children(self, parent_id: str) -> tuple[Indicator, ...]:
        """Indicators whose sum is ``parent_id`` (国税, 地税 for 两税)."""
        return tuple(i for i in self.indicators if i.parent == parent_id)

    def with_aliases(self, aliases: Mapping[str, Iterable[str]]) -> Catalogue:
        """This catalogue with more names for some indicators (``{id: [alias, …]}``)."""
        return Catalogue(
            tuple(
                replace(i, aliases=(*i.aliases, *(a for a in aliases.get(i.id, ()) if a)))
                for i in self.indicators
            )
        )

    def with_defaults(self, indicator_ids: Iterable[str]) -> Catalogue:
        """This catalogue plus a default entry for every id it lacks."""
        missing = [default_indicator(i) for i in dict.fromkeys(indicator_ids) if i not in self]
        return Catalogue(self.indicators + tuple(missing)) if missing else self
