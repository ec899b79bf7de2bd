"""The proposers on short texts in the forms the issue names; each keeps its evidence."""

from __future__ import annotations

import datetime as dt

from hyvatkaytannot.core.capture import capture_text
from hyvatkaytannot.core.capture.body import propose_summary, sort_sections
from hyvatkaytannot.core.capture.dates import propose_dates
from hyvatkaytannot.core.capture.money import propose_funding
from hyvatkaytannot.core.capture.people import propose_people
from hyvatkaytannot.core.capture.places import propose_places
from hyvatkaytannot.core.capture.themes import propose_themes


def _names(proposals: list) -> list[str]:
    return [p.value for p in proposals]


def test_municipalities_in_any_inflected_form() -> None:
    text = (
        "Hankkeeseen osallistuivat Kauhajoen, Teuvan, Isojoen ja Karijoen kunnat. "
        "Oriveden kaupunki oli mukana, ja Posiolla kokeiltiin samaa mallia."
    )
    places = propose_places(text)
    assert _names(places.municipalities) == [
        "Kauhajoki",
        "Teuva",
        "Isojoki",
        "Karijoki",
        "Orivesi",
        "Posio",
    ]
    assert set(_names(places.regions)) == {"Etelä-Pohjanmaa", "Pirkanmaa", "Lappi"}
    posio = places.municipalities[-1]
    assert any("Posiolla" in e for e in posio.evidence)


def test_names_inside_organisations_and_venues_are_not_the_cases_places() -> None:
    text = (
        "Hakija on Posion kunta. Toteuttaja on Rovaniemen Koulutuskuntayhtymä, ja arvioinnin "
        "tekee Turun yliopiston tutkimusryhmä.\n\n10.10.2018 / Helsinki\n\n"
        "Verkosto kokoontuu seuraavan kerran 14.11.2017 Joensuussa."
    )
    assert _names(propose_places(text).municipalities) == ["Posio"]


def test_former_municipality_is_kept_and_flagged() -> None:
    places = propose_places("Jalasjärven kunnassa kokeiltiin kyläkouluja vuonna 2012.")
    [p] = places.municipalities
    assert p.value == "Jalasjärvi" and "Kurikka" in p.note and "2026" in p.note


def test_common_words_that_are_place_names_at_sentence_start() -> None:
    text = "Pohjana oli hallintokuntien yhdistyminen. Hanke toteutettiin Posiolla."
    assert _names(propose_places(text).municipalities) == ["Posio"]


def test_period_from_days_and_years_and_status() -> None:
    today = dt.date(2026, 1, 1)
    d = propose_dates("Toteutusaika\n1.3.2022 - 30.11.2023\n", today=today)
    assert d.period and d.period.value == {"start": "2022-03-01", "end": "2023-11-30"}
    assert d.status and d.status.value == "päättynyt"
    d = propose_dates("Hanketta toteutettiin vuosina 2017–2018 neljässä kunnassa.", today=today)
    assert d.period and d.period.value == {"start": "2017", "end": "2018"}
    d = propose_dates("Käynnissä\n\nMalli otettiin käyttöön.", today=today)
    assert d.status and d.status.value == "käynnissä"
    d = propose_dates("Hanke päättyi keväällä.", today=today)
    assert d.status and d.status.value == "päättynyt"
    d = propose_dates("Kesto on 1.1.2027–31.12.2028.", today=today)
    assert d.status and d.status.value == "suunnitteilla"


def test_published_date_is_a_date_line() -> None:
    d = propose_dates("Otsikko\n\n16.4.2024\n\nTeksti jossa 1.2.2023 mainitaan ohimennen.")
    assert d.published and d.published.value == "2024-04-16"


def test_funding_written_the_finnish_way() -> None:
    text = (
        "Työsuojelurahaston päätös\n31.1.2022\n17 605 euroa\n\n"
        "Kokonaiskustannukset\n35 210 euroa\n\n"
        "Työ- ja elinkeinoministeriön ALKE-päivät pidettiin Helsingissä."
    )
    f = propose_funding(text)
    assert [p.value for p in f.funders] == [
        {"funder": "Työsuojelurahasto", "amount": 17605, "decided": "2022-01-31"}
    ]
    assert f.total_cost and f.total_cost.value == 35210
    f = propose_funding("Kustannusarvio on 100.000,00 euroa ja hanketta rahoittaa TEKES.")
    assert f.total_cost and f.total_cost.value == 100000
    assert [p.value["funder"] for p in f.funders] == ["TEKES"]
    f = propose_funding("ESR-rahoitusta myönnettiin 100 000 €.")
    assert f.funders[0].value == {"funder": "ESR", "amount": 100000}
    assert propose_funding("Hanke sai 1,2 milj. euroa ESR:ltä.").funders[0].value["amount"] == (
        1_200_000
    )


def test_contacts_are_marked_personal_data() -> None:
    text = (
        "Lisätietoja antaa projektipäällikkö Olli Forstén, p. 040 708 5515.\n\n"
        "Hankkeen vastuuhenkilö\n\nPäivi Tuppurainen\npaivi.tuppurainen@posio.fi\n"
    )
    people = propose_people(text)
    by_name = {p.value["name"]: p for p in people.contacts}
    assert by_name["Olli Forstén"].value["role"] == "projektipäällikkö"
    assert by_name["Olli Forstén"].value["phone"] == "040 708 5515"
    assert by_name["Päivi Tuppurainen"].value["email"] == "paivi.tuppurainen@posio.fi"
    assert all(p.note == "henkilötieto" for p in people.contacts)


def test_organisations() -> None:
    text = (
        "Hakija\nPosion kunta\n\nToteuttaja\nRovaniemen Koulutuskuntayhtymä\n\n"
        "Mukana ovat Järvi-Saimaan Palvelut Oy, pelastuslaitos ja Etelä-Pohjanmaan "
        "hyvinvointialue. Tulevaisuuden kunta on tavoite."
    )
    orgs = propose_people(text).organisations
    assert orgs is not None
    assert orgs.value["owner"] == "Posion kunta"
    assert orgs.value["implementer"] == "Rovaniemen Koulutuskuntayhtymä"
    partners = orgs.value["partners"]
    assert "Järvi-Saimaan Palvelut Oy" in partners and "pelastuslaitos" in partners
    assert "Etelä-Pohjanmaan hyvinvointialue" in partners
    assert not any("Tulevaisuuden" in p for p in partners)


def test_themes_ranked_from_lemmas() -> None:
    text = (
        "Työhyvinvointia parannettiin. Henkilöstön työkyky ja jaksaminen kohenivat, kun "
        "esihenkilöt ja johtoryhmä kehittivät johtamista. Henkilöstö osallistui työpajoihin."
    )
    themes = _names(propose_themes(text))
    assert themes[0] == "tyohyvinvointi" and "johtaminen" in themes
    assert "liikenne" not in themes


def test_sections_by_headings_and_nothing_dropped() -> None:
    text = (
        "# Otsikko\n\nJohdanto ilman otsikkoa.\n\n## Tarve ja tavoitteet\n\nTarve oli suuri.\n\n"
        "## Ratkaisu\n\n- ensimmäinen askel\n- toinen askel\n\n## Tulokset ja vaikutukset\n\n"
        "Hyvä tulos.\n\n## Kiitokset\n\nKiitos kaikille."
    )
    body = sort_sections(text, plain=False)
    assert body.index("## Lähtökohdat") < body.index("Tarve oli suuri.")
    assert body.index("## Toteutus") < body.index("- ensimmäinen askel") < body.index("## Tulokset")
    tail = body[body.index("## Lisätietoja") :]
    assert "Johdanto ilman otsikkoa." in tail and "Kiitos kaikille." in tail
    for line in text.splitlines():
        assert line.lstrip("# ") in body


def test_plain_text_headings_are_recognised() -> None:
    text = "Tausta\n\nKylissä ei ollut palveluja.\n\nTulokset\n\nPalvelut tulivat kylille.\n"
    body = sort_sections(text, plain=True)
    assert body.index("## Lähtökohdat") < body.index("Kylissä") < body.index("## Tulokset")
    assert body.index("## Tulokset") < body.index("Palvelut tulivat") < body.index("## Opit")


def test_summary_is_taken_from_the_text() -> None:
    text = "Jaa:\n\nOtsikko\n\nEka lause on tässä. Toka lause on tässä myös. Kolmas. Neljäs lause."
    assert propose_summary(text) is None  # too short to be a summary paragraph
    para = (
        "Kunnan hankkeessa kehitettiin yhteisöllisiä toimintatapoja koko henkilöstölle. "
        "Työpajoja pidettiin kaikissa yksiköissä. Johdolle järjestettiin sparrausta. "
        "Neljäs lause jää pois."
    )
    summary = propose_summary("Otsikko\n\n" + para)
    assert summary and summary.value in para and "Neljäs" not in summary.value


def test_json_has_the_fields_the_issue_lists() -> None:
    record = capture_text("Posion kunnassa kokeiltiin mallia 1.3.2022–30.11.2023.").to_json()
    for key in (
        "file",
        "title",
        "summary",
        "municipalities",
        "regions",
        "period",
        "status",
        "funding",
        "contacts",
        "themes",
        "body",
        "evidence",
        "problems",
    ):
        assert key in record
    assert record["evidence"]["municipalities"] and record["evidence"]["period"]


def test_swedish_headings_go_to_the_same_sections() -> None:
    text = (
        "## Bakgrund\n\nKommunen saknade en modell.\n\n## Mål\n\nBo hemma längre.\n\n"
        "## Genomförande\n\nTräffar med anhöriga.\n\n## Lärdomar och överförbarhet\n\n"
        "Passar andra kommuner.\n\n## Mer information\n\nKontakta äldreomsorgen."
    )
    body = sort_sections(text, plain=False)
    assert body.index("## Lähtökohdat") < body.index("Kommunen saknade") < body.index("## Tav")
    assert body.index("## Tavoitteet") < body.index("Bo hemma") < body.index("## Toteutus")
    assert body.index("## Toteutus") < body.index("Träffar med") < body.index("## Tulokset")
    assert body.index("## Opit ja siirrettävyys") < body.index("Passar andra")
    assert body.index("## Lisätietoja") < body.index("Kontakta")


def test_a_swedish_document_becomes_a_swedish_case() -> None:
    text = (
        "# Hemvård i samarbete\n\nKommunen och välfärdsområdet ville att äldre ska kunna bo "
        "hemma längre. Det var också viktigt för de anhöriga som har ansvar för vården.\n\n"
        "## Mål\n\nMålet är att äldre bor hemma med stöd av hemtjänsten och att vården "
        "planeras tillsammans med de anhöriga.\n\n## Resultat\n\nBesöken blev färre och "
        "invånarnas trygghet ökade i kommunen."
    )
    draft = capture_text(text, "hemvard.txt")
    assert draft.language == "sv"
    case_text = draft.case_text(set())
    assert "language: sv" in case_text
    assert "## Tavoitteet" not in case_text and "## Mål" in case_text
    assert "## Resultat" in case_text and "## Utgångsläge" in case_text
    finnish = capture_text("Kunta ja hyvinvointialue kehittivät kotihoitoa, joka on nyt " * 3)
    assert finnish.language == "fi"
