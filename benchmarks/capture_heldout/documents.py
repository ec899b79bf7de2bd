"""Held-out documents for benchmarks/capture_eval.py, written for it and never tuned on.

Each entry: file name (its extension decides the format), the blocks of text, and the gold
values a coordinator would write: municipalities, themes, period (None when the text
states none). Places, projects and people are invented; facts about real municipalities
are limited to their names.
"""

from __future__ import annotations

HELDOUT = [
    {
        "file": "lieksa-nurmes-tyollisyys.html",
        "gold": {
            "municipalities": ["Lieksa", "Nurmes"],
            "themes": ["tyollisyys", "yhteistyo"],
            "period": {"start": "2021-08-01", "end": "2023-07-31"},
        },
        "blocks": [
            ("h1", "Yhteinen työllisyyspalvelu Pielisen rannoille"),
            (
                "p",
                "Lieksan ja Nurmeksen kaupungit kokosivat työllisyyspalvelunsa yhteiseksi "
                "tiimiksi, joka palvelee työttömiä kummassakin kaupungissa. Malli syntyi, "
                "kun pitkäaikaistyöttömyys kasvoi ja pienet yksiköt eivät ehtineet tukea "
                "asiakkaitaan riittävästi.",
            ),
            ("h2", "Tavoitteet"),
            ("li", "lyhentää työttömyysjaksoja"),
            ("li", "yhdistää kahden kaupungin työllisyyspalveluiden osaaminen"),
            ("h2", "Toteutus"),
            (
                "p",
                "Hanke toteutettiin ajalla 1.8.2021–31.7.2023. Euroopan sosiaalirahasto "
                "ESR rahoitti hanketta 250 000 eurolla. Työllisyyskoordinaattorit "
                "jalkautuivat yrityksiin ja kirjastoihin.",
            ),
            ("h2", "Tulokset"),
            ("p", "Hankkeen aikana 160 asiakasta työllistyi avoimille työmarkkinoille."),
            ("p", "Lisätietoja antaa työllisyyskoordinaattori Sanna Lehtonen."),
        ],
    },
    {
        "file": "seinajoki-digituki.docx",
        "gold": {
            "municipalities": ["Seinäjoki"],
            "themes": ["digitalisaatio", "hyvinvointi"],
            "period": {"start": "2020", "end": "2022"},
        },
        "blocks": [
            ("h1", "Digituki ikäihmisille kirjastoissa"),
            (
                "p",
                "Seinäjoen kaupunki järjesti vuosina 2020–2022 ikäihmisille maksutonta "
                "digitukea kirjastoissa ja palvelukeskuksissa. Opastajina toimivat "
                "vapaaehtoiset ja kaupungin digitukihenkilöt.",
            ),
            ("h2", "Lähtökohdat"),
            (
                "p",
                "Sähköiset sosiaali- ja terveyspalvelut yleistyivät nopeasti, mutta moni "
                "ikääntynyt ei osannut käyttää niitä. Vaasan yliopiston kyselyn mukaan "
                "joka kolmas yli 75-vuotias tarvitsi apua verkkopalveluissa.",
            ),
            ("h2", "Toteutus"),
            (
                "p",
                "Digitukipisteet avattiin viiteen kirjastoon. Opastus koski "
                "verkkopankkia, ajanvarausta ja terveyspalvelujen sähköistä asiointia.",
            ),
            ("h2", "Opit"),
            ("p", "Vertaisopastajat madalsivat kynnystä kysyä neuvoa digitaalisista palveluista."),
        ],
    },
    {
        "file": "saaristoliikenne.odt",
        "gold": {
            "municipalities": ["Kemiönsaari", "Parainen"],
            "themes": ["liikenne", "seutuyhteistyo"],
            "period": {"start": "2022", "end": "2024"},
        },
        "blocks": [
            ("h1", "Saariston kutsuliikenne"),
            (
                "p",
                "Kemiönsaaren ja Paraisten kunnat kokeilivat vuosina 2022–2024 "
                "kutsuohjattua joukkoliikennettä saariston kylien ja lauttarantojen välillä. "
                "Kokeilu tehtiin seudullisena yhteistyönä.",
            ),
            ("h2", "Tausta"),
            ("p", "Linja-autovuorot olivat harvat, ja moni asukas oli oman auton varassa."),
            ("h2", "Tulokset"),
            (
                "p",
                "Kyytejä tehtiin kokeilun aikana yli 9 000, ja liikenteen kustannus "
                "kyytiä kohden laski.",
            ),
        ],
    },
    {
        "file": "jyvaskyla-osallistuva-budjetointi.pdf",
        "gold": {
            "municipalities": ["Jyväskylä"],
            "themes": ["osallisuus"],
            "period": {"start": "2019-01-01", "end": "2020-12-31"},
        },
        "blocks": [
            ("p", "Osallistuva budjetointi asuinalueilla"),
            ("p", ""),
            (
                "p",
                "Jyväskylän kaupunki antoi asukkaiden päättää osasta alueiden kehittämisrahoista.",
            ),
            ("p", "Asukkaat ehdottivat ja äänestivät kohteita verkossa ja kirjastoissa."),
            ("p", ""),
            ("p", "Tavoitteet"),
            ("p", ""),
            ("p", "Vahvistaa asukkaiden osallisuutta ja vuorovaikutusta kaupungin kanssa."),
            ("p", ""),
            ("p", "Toteutus"),
            ("p", ""),
            (
                "p",
                "Kokeilun kesto oli 1.1.2019–31.12.2020. Äänestykseen osallistui "
                "yli 6 000 asukasta.",
            ),
        ],
    },
    {
        "file": "kuopio-hiilineutraali-kaavoitus.mhtml",
        "gold": {
            "municipalities": ["Kuopio"],
            "themes": ["ymparisto", "maankaytto"],
            "period": {"start": "2021", "end": None},
        },
        "blocks": [
            ("h1", "Ilmastoviisas kaavoitus Kuopiossa"),
            (
                "p",
                "Kuopion kaupunki alkoi vuonna 2021 arvioida jokaisen asemakaavan "
                "ilmastovaikutukset ennen päätöksentekoa. Arviointi kattaa liikenteen, "
                "rakentamisen ja viheralueiden päästöt.",
            ),
            ("h2", "Toteutus"),
            (
                "p",
                "Kaavoittajat käyttävät laskuria, joka vertailee vaihtoehtoja. "
                "Menetelmä esiteltiin kuntien ilmastoverkoston seminaarissa "
                "12.5.2023 Helsingissä.",
            ),
            ("h2", "Tulokset"),
            (
                "p",
                "Kaavojen päästöarviot ovat nyt osa kaavaselostusta ja ympäristön "
                "kannalta parempia ratkaisuja valitaan aiempaa useammin.",
            ),
        ],
    },
    {
        "file": "tunturi-matkailu.txt",
        "gold": {
            "municipalities": ["Sodankylä", "Kittilä"],
            "themes": ["matkailu", "elinvoima"],
            "period": {"start": "2020-03-01", "end": "2022-02-28"},
        },
        "blocks": [
            ("p", "Tunturikylien yhteinen matkailumarkkinointi"),
            ("p", ""),
            (
                "p",
                "Sodankylän ja Kittilän kunnat sekä alueen matkailuyrittäjät tekivät "
                "yhteistä markkinointia kesämatkailun lisäämiseksi. Leader-ryhmä "
                "rahoitti hanketta 80 000 eurolla.",
            ),
            ("p", ""),
            ("p", "Hankeaika 1.3.2020–28.2.2022"),
            ("p", ""),
            ("p", "Tulokset"),
            ("p", ""),
            (
                "p",
                "Kesäkauden yöpymiset kasvoivat ja uusia matkailupalveluja syntyi "
                "neljälle yritykselle.",
            ),
        ],
    },
    {
        "file": "porvoo-nuorisokahvilat.md",
        "gold": {"municipalities": ["Porvoo"], "themes": ["sivistys"], "period": None},
        "blocks": [
            ("h1", "Nuorten kesäkahvilat"),
            (
                "p",
                "Porvoon kaupungin nuorisotyö avasi kesäksi kahvilat, joita nuoret "
                "pyörittivät itse ohjaajien tuella. Nuoret saivat kesätyötä ja "
                "kokemusta asiakaspalvelusta.",
            ),
            ("h2", "Opit ja siirrettävyys"),
            (
                "p",
                "Malli sopii mihin tahansa kuntaan, jossa nuorisotilat ovat kesällä vajaakäytössä.",
            ),
        ],
    },
    {
        "file": "hankintarengas.clipboard",
        "gold": {
            "municipalities": ["Iisalmi", "Kiuruvesi", "Lapinlahti"],
            "themes": ["palvelujen-jarjestaminen", "yhteistyo"],
            "period": {"start": "2016", "end": "2017"},
        },
        "blocks": [
            ("p", "Ylä-Savon yhteinen hankintarengas"),
            ("p", ""),
            (
                "p",
                "Iisalmen, Kiuruveden ja Lapinlahden hankinta-asiantuntijat "
                "kilpailuttivat vuosina 2016–2017 yhdessä elintarvikkeet, "
                "toimistotarvikkeet ja kuljetuspalvelut. Yhteiset hankinnat säästivät "
                "kuntien työtä ja rahaa.",
            ),
        ],
    },
    # Written after the first run (which missed Kemiönsaari and Sodankylä and led to a
    # fix of compound place names), so the fix is measured on text it has not seen.
    {
        "file": "vesilahti-kyläkoulu.docx",
        "gold": {
            "municipalities": ["Vesilahti", "Lempäälä"],
            "themes": ["sivistys", "yhteistyo"],
            "period": {"start": "2023-08-01", "end": "2024-05-31"},
        },
        "blocks": [
            ("h1", "Kyläkoulujen yhteinen opettajapankki"),
            (
                "p",
                "Vesilahden ja Lempäälän kunnat perustivat kyläkouluilleen yhteisen "
                "sijaisopettajien pankin. Lukuvuoden 1.8.2023–31.5.2024 kokeilussa sijaiset "
                "jaettiin koulujen kesken yhden varausjärjestelmän kautta.",
            ),
            ("h2", "Tulokset"),
            (
                "p",
                "Oppitunteja jäi pitämättä aiempaa vähemmän, ja opettajat kokivat "
                "yhteistyön koulujen välillä helpottaneen arkea.",
            ),
        ],
    },
    {
        "file": "raahe-ilmasto.html",
        "gold": {
            "municipalities": ["Raahe"],
            "themes": ["ymparisto"],
            "period": {"start": "2022", "end": "2025"},
        },
        "blocks": [
            ("h1", "Raahen kaupungin energiaremontit"),
            (
                "p",
                "Raahessa kunnan kiinteistöjen energiankulutusta vähennettiin vuosina "
                "2022–2025 lämpöpumpuilla ja aurinkopaneeleilla. Työ on osa kaupungin "
                "ilmasto-ohjelmaa, jonka tavoite on hiilineutraali kunta.",
            ),
            ("h2", "Rahoitus"),
            ("p", "Työ- ja elinkeinoministeriö myönsi energiatukea 410 000 euroa."),
        ],
    },
    {
        "file": "kaarina-lieto-liikunta.txt",
        "gold": {
            "municipalities": ["Kaarina", "Lieto"],
            "themes": ["hyvinvointi", "yhteistyo"],
            "period": None,
        },
        "blocks": [
            ("p", "Liikuntaneuvonta kahden kunnan rajalla"),
            ("p", ""),
            (
                "p",
                "Kaarinan ja Liedon liikuntapalvelut tarjoavat yhteistä liikuntaneuvontaa "
                "asukkaille, joiden terveys hyötyisi liikkumisesta. Neuvonta on osa "
                "hyvinvoinnin ja terveyden edistämisen yhteistyötä.",
            ),
            ("p", "Lieto ja Kaarina jakavat neuvojien työajan tasan."),
        ],
    },
    {
        "file": "ii-yrityspalvelut.odt",
        "gold": {
            "municipalities": ["Ii", "Oulu"],
            "themes": ["elinvoima"],
            "period": {"start": "2024-01-01", "end": "2025-12-31"},
        },
        "blocks": [
            ("h1", "Yrityspalvelujen yhteinen neuvonta"),
            (
                "p",
                "Iin kunta ja Oulun kaupunki neuvovat aloittavia yrittäjiä yhdessä. "
                "Yritysneuvoja päivystää Iissä kahtena päivänä viikossa.",
            ),
            (
                "p",
                "Toiminta-aika on 1.1.2024–31.12.2025, ja yrityksiä on perustettu aiempaa enemmän.",
            ),
        ],
    },
]
