"""The event catalog (`corpus/events.yaml`): the only place summits and the people tied to them are defined.

The file is validated node by node so every error names the file, the line and the field:
an unknown key, a bad date or a country code babel does not know is an error, never a default.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from briefgen.errors import CatalogError

FORMATS = ("in-person", "virtual", "hybrid")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_EVENT_KEYS = {
    "id": True, "name": True, "city": True, "country": True, "start": True, "end": True,
    "aliases": False, "ordinal": False, "format": False, "chair": False, "people": False,
    "keywords": False, "members": False, "description": False,
}
_PERSON_KEYS = {"name": True, "aliases": False, "roles": False}
_ROLE_KEYS = {"title": True, "country": False, "organization": False, "from": False, "to": False}
_ALIAS_KEYS = {"name": True, "from": False, "to": False}
_TOP_KEYS = {"events": True, "people": False, "version": False, "organization": False}
_ORGANIZATION_KEYS = {"name": True, "aliases": False}


@dataclass(frozen=True)
class Alias:
    """Another name of a city, optionally only valid some years (Astana was Nur-Sultan 2019-2022)."""

    name: str
    start_year: int | None = None
    end_year: int | None = None


@dataclass(frozen=True)
class Role:
    title: str  # "president", "defense minister", "secretary-general"...
    country: str | None = None  # ISO 3166 code
    organization: str | None = None
    start_year: int | None = None
    end_year: int | None = None


@dataclass(frozen=True)
class Person:
    name: str  # canonical (English) name
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    localized: Mapping[str, str] = field(default_factory=dict)  # language code -> name

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *(n for n in self.localized.values() if n != self.name))

    def display_name(self, locale: str = "en") -> str:
        return _localized({"en": self.name, **self.localized}, locale) or self.name


@dataclass(frozen=True)
class Event:
    id: str
    names: Mapping[str, str]  # locale -> display name
    city: Mapping[str, str]  # locale -> city name
    country: str  # ISO 3166 alpha-2
    start: dt.date
    end: dt.date
    aliases: tuple[Alias, ...] = ()
    ordinal: int | None = None  # nth meeting of the Council of Heads of State
    format: str = "in-person"
    chair: str | None = None
    people: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    line: int = 0

    def name(self, locale: str = "en") -> str:
        return _localized(self.names, locale) or self.id

    def city_name(self, locale: str = "en") -> str:
        return _localized(self.city, locale) or ""

    @property
    def place_names(self) -> tuple[str, ...]:
        """Every name the city goes by, in every language the catalog gives."""
        return tuple(dict.fromkeys([*self.city.values(), *(alias.name for alias in self.aliases)]))


def _localized(values: Mapping[str, str], locale: str) -> str | None:
    language = locale.replace("-", "_").split("_")[0]
    return values.get(locale) or values.get(language) or values.get("en") or next(iter(values.values()), None)


@dataclass(frozen=True)
class Organization:
    """Whose summits the catalog lists: its names per language and other names (abbreviations)."""

    names: Mapping[str, str]
    aliases: tuple[str, ...] = ()

    @property
    def all_names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([*self.names.values(), *self.aliases]))


@dataclass(frozen=True)
class Catalog:
    events: tuple[Event, ...]
    people: tuple[Person, ...] = ()
    path: str = ""
    organization: Organization | None = None

    def person(self, name: str) -> Person | None:
        return next((person for person in self.people if name in person.names), None)

    def event(self, event_id: str) -> Event:
        for event in self.events:
            if event.id == event_id:
                return event
        known = ", ".join(event.id for event in self.events)
        raise CatalogError(f"unknown event '{event_id}' (known events: {known})")


def bundled_catalog_path() -> Path:
    """The catalog shipped with briefgen: installed as briefgen/_catalog (wheel), or corpus/ of a checkout."""
    package = Path(__file__).resolve().parent
    installed = package / "_catalog" / "events.yaml"
    return installed if installed.is_file() else package.parent / "corpus" / "events.yaml"


def load_catalog(path: Path) -> Catalog:
    """Read and validate the catalog; raise CatalogError naming file:line and field on any problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CatalogError("event catalog not found (create it, or pass --events FILE)", path) from None
    except (OSError, UnicodeDecodeError) as error:
        raise CatalogError(f"cannot read event catalog: {error}", path) from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error)
        raise CatalogError(f"invalid YAML: {problem}", path, mark.line + 1 if mark else None) from None
    return _Reader(path).catalog(root)


class _Reader:
    """Builds the catalog from YAML nodes, so errors can point at the line of the bad value."""

    def __init__(self, path: Path):
        self.path = path

    def fail(self, node, message: str):
        raise CatalogError(message, self.path, node.start_mark.line + 1 if node is not None else None)

    def catalog(self, root) -> Catalog:
        if root is None:
            raise CatalogError("event catalog is empty", self.path, 1)
        top = self.mapping(root, _TOP_KEYS, "catalog")
        events_node = top["events"]
        if not isinstance(events_node, yaml.SequenceNode) or not events_node.value:
            self.fail(events_node, "'events' must be a non-empty list")
        events = tuple(self.event(node) for node in events_node.value)
        seen: dict[str, int] = {}
        for event, node in zip(events, events_node.value):
            if event.id in seen:
                self.fail(node, f"duplicate event id '{event.id}' (first defined at line {seen[event.id]})")
            seen[event.id] = event.line
        people_node = top.get("people")
        people = ()
        if people_node is not None:
            if not isinstance(people_node, yaml.SequenceNode):
                self.fail(people_node, "'people' must be a list")
            people = tuple(self.person(node) for node in people_node.value)
        organization = self.organization(top["organization"]) if "organization" in top else None
        return Catalog(events, people, str(self.path), organization)

    def organization(self, node) -> Organization:
        fields = self.mapping(node, _ORGANIZATION_KEYS, "organization")
        names = self.localized(fields["name"], "organization", "name")
        aliases = tuple(self.string(item, "aliases")
                        for item in self.sequence(fields.get("aliases"), "organization", "aliases"))
        return Organization(names, aliases)

    def mapping(self, node, keys: dict[str, bool], what: str) -> dict:
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, f"{what} must be a mapping of keys to values")
        values = {}
        for key_node, value_node in node.value:
            key = key_node.value
            if key not in keys:
                expected = ", ".join(sorted(keys))
                self.fail(key_node, f"{what}: unknown key '{key}' (expected one of: {expected})")
            if key in values:
                self.fail(key_node, f"{what}: key '{key}' given twice")
            values[key] = value_node
        for key, required in keys.items():
            if required and key not in values:
                self.fail(node, f"{what}: missing required field '{key}'")
        return values

    def event(self, node) -> Event:
        fields = self.mapping(node, _EVENT_KEYS, "event")
        event_id = self.string(fields["id"], "id")
        what = f"event '{event_id}'"
        if not _ID.match(event_id):
            self.fail(fields["id"], f"{what}: id must be lower-case letters, digits and dashes")
        start, end = self.date(fields["start"], what, "start"), self.date(fields["end"], what, "end")
        if end < start:
            self.fail(fields["end"], f"{what}: end {end} is before start {start}")
        event_format = self.string(fields["format"], "format") if "format" in fields else "in-person"
        event_format = event_format.replace(" ", "-")
        if event_format not in FORMATS:
            self.fail(fields["format"], f"{what}: format must be one of {', '.join(FORMATS)}")
        ordinal = None
        if "ordinal" in fields:
            ordinal = self.integer(fields["ordinal"], what, "ordinal")
        return Event(
            id=event_id,
            names=self.localized(fields["name"], what, "name"),
            city=self.localized(fields["city"], what, "city"),
            country=self.country(fields["country"], what),
            start=start,
            end=end,
            aliases=tuple(self.alias(item, what) for item in self.sequence(fields.get("aliases"), what, "aliases")),
            ordinal=ordinal,
            format=event_format,
            chair=self.string(fields["chair"], "chair") if "chair" in fields else None,
            people=tuple(self.string(item, "people") for item in self.sequence(fields.get("people"), what, "people")),
            keywords=tuple(self.string(item, "keywords")
                           for item in self.sequence(fields.get("keywords"), what, "keywords")),
            members=tuple(self.country(item, what) for item in self.sequence(fields.get("members"), what, "members")),
            line=node.start_mark.line + 1,
        )

    def person(self, node) -> Person:
        fields = self.mapping(node, _PERSON_KEYS, "person")
        localized = self.localized(fields["name"], "person", "name")
        if "en" not in localized:
            self.fail(fields["name"], "person: 'name' needs an 'en' entry (the canonical name)")
        name = localized.pop("en")
        what = f"person '{name}'"
        roles = []
        for role_node in self.sequence(fields.get("roles"), what, "roles"):
            role = self.mapping(role_node, _ROLE_KEYS, f"{what} role")
            roles.append(Role(
                title=self.string(role["title"], "title").lower(),
                country=self.country(role["country"], what) if "country" in role else None,
                organization=self.string(role["organization"], "organization") if "organization" in role else None,
                start_year=self.integer(role["from"], what, "from") if "from" in role else None,
                end_year=self.integer(role["to"], what, "to") if "to" in role else None,
            ))
        aliases = tuple(self.string(item, "aliases") for item in self.sequence(fields.get("aliases"), what, "aliases"))
        return Person(name, aliases, tuple(roles), localized)

    def alias(self, node, what: str) -> Alias:
        if isinstance(node, yaml.ScalarNode):
            return Alias(self.string(node, "aliases"))
        fields = self.mapping(node, _ALIAS_KEYS, f"{what} alias")
        return Alias(
            self.string(fields["name"], "name"),
            self.integer(fields["from"], what, "from") if "from" in fields else None,
            self.integer(fields["to"], what, "to") if "to" in fields else None,
        )

    def sequence(self, node, what: str, key: str) -> list:
        if node is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, f"{what}: '{key}' must be a list")
        return node.value

    def string(self, node, key: str) -> str:
        if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
            self.fail(node, f"'{key}' must be a non-empty text")
        return str(node.value).strip()

    def integer(self, node, what: str, key: str) -> int:
        value = self.string(node, key)
        if not value.isdigit():
            self.fail(node, f"{what}: '{key}' must be a whole number, not '{value}'")
        return int(value)

    def date(self, node, what: str, key: str) -> dt.date:
        value = self.string(node, key)
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.fail(node, f"{what}: bad date '{value}' in '{key}' (use YYYY-MM-DD)")

    def country(self, node, what: str) -> str:
        from babel import Locale

        code = self.string(node, "country").upper()
        if not re.fullmatch(r"[A-Z]{2}", code) or code not in Locale("en").territories:
            self.fail(node, f"{what}: '{code}' is not an ISO 3166 country code")
        return code

    def localized(self, node, what: str, key: str) -> dict[str, str]:
        if isinstance(node, yaml.ScalarNode):
            return {"en": self.string(node, key)}
        if not isinstance(node, yaml.MappingNode) or not node.value:
            self.fail(node, f"{what}: '{key}' must be a text or a mapping of language codes to texts")
        values = {}
        for language_node, value_node in node.value:
            language = str(language_node.value)
            if not re.fullmatch(r"[a-z]{2,3}(?:[-_][A-Za-z0-9]+)*", language):
                self.fail(language_node, f"{what}: '{language}' in '{key}' is not a language code")
            values[language] = self.string(value_node, key)
        return values
