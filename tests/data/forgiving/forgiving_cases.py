"""Twenty-five small cases written for the forgiving-search tests and benchmark.

The texts are written for this purpose (invented municipalities' projects in plain official
Finnish). They hold what the queries need: words people type without ä/ö, words one typo
away from others, derivations (seutu → seudullinen), theme labels that are not in the text,
and distractors (a "toimenpideohjelma" that is not a village programme, a case about fasting
among many about emissions). `write_corpus(folder)` writes them as case files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

# (id, title, summary, body, meta)
CASES: list[tuple[str, str, str, str, dict[str, Any]]] = [
    (
        "kylaohjelma-suomussalmi",
        "Kyläohjelma elävöitti sivukylät",
        "Kunta laati kyläyhdistysten kanssa kyläohjelman, joka kokosi kylien omat hankkeet.",
        "Jokainen kylä nimesi kolme tärkeintä asiaansa. Kyläohjelman rahoitus jaettiin "
        "kyläyhdistyksille avustuksina, ja kylätalot saivat kuituyhteyden.",
        {"municipalities": ["Suomussalmi"], "regions": ["Kainuu"], "themes": ["osallisuus"]},
    ),
    (
        "liikenneturvallisuus-kotka",
        "Liikenneturvallisuuden toimenpideohjelma",
        "Kaupunki päivitti liikenneturvallisuuden toimenpideohjelman koulureittien osalta.",
        "Toimenpideohjelmassa on kolmekymmentä kohdetta. Koulujen ympäristöön rakennettiin "
        "korotettuja suojateitä, ja ohjelman seuranta raportoidaan lautakunnalle vuosittain.",
        {"municipalities": ["Kotka"], "regions": ["Kymenlaakso"], "themes": ["liikenne"]},
    ),
    (
        "ilmasto-lahti",
        "Päästöt puoleen kymmenessä vuodessa",
        "Kaupungin ilmasto-ohjelma puolitti kasvihuonekaasupäästöt.",
        "Suurimmat päästöt tulivat kaukolämmöstä ja liikenteestä. Kivihiilestä luovuttiin, ja "
        "päästöjen seurantaan otettiin avoin mittaristo.",
        {"municipalities": ["Lahti"], "regions": ["Päijät-Häme"], "themes": ["ymparisto"]},
    ),
    (
        "jatevesi-kuopio",
        "Jätevedenpuhdistamon päästöt kuriin",
        "Puhdistamon typpipäästöjä vähennettiin uudella prosessilla.",
        "Vesistöön menevät päästöt laskivat kolmanneksen. Puhdistamon energiankulutus "
        "pieneni samalla.",
        {"municipalities": ["Kuopio"], "regions": ["Pohjois-Savo"], "themes": ["ymparisto"]},
    ),
    (
        "joukkoliikenne-tampere",
        "Sähköbussit kaupunkiliikenteeseen",
        "Joukkoliikenteen päästöt laskivat, kun linjoille tuli sähköbusseja.",
        "Latausasemat rakennettiin varikolle. Liikenteen päästöt ovat kaupungin suurin "
        "yksittäinen ilmastotyön kohde.",
        {"municipalities": ["Tampere"], "regions": ["Pirkanmaa"], "themes": ["liikenne"]},
    ),
    (
        "maatalous-seinajoki",
        "Maatilojen päästöt ja hiilensidonta",
        "Neuvontahanke auttoi maatiloja laskemaan päästönsä.",
        "Tilat saivat laskurin, joka näyttää päästöt peltolohkoittain. Hiilensidontaa "
        "lisättiin kerääjäkasveilla.",
        {"municipalities": ["Seinäjoki"], "regions": ["Etelä-Pohjanmaa"], "themes": ["ymparisto"]},
    ),
    (
        "rakennukset-espoo",
        "Kiinteistöjen energiaremontit",
        "Kaupungin kiinteistöjen päästöt pienenivät energiaremonteilla.",
        "Koulujen ilmanvaihto uusittiin ja aurinkopaneelit asennettiin katoille. Päästöt "
        "laskettiin ennen ja jälkeen remontin.",
        {"municipalities": ["Espoo"], "regions": ["Uusimaa"], "themes": ["ymparisto"]},
    ),
    (
        "hankinnat-turku",
        "Vähäpäästöiset hankinnat",
        "Hankintojen päästöt otettiin vertailuperusteeksi.",
        "Kuljetuspalvelujen kilpailutuksessa päästöt painoivat neljänneksen. Tarjoajat "
        "raportoivat päästönsä vuosittain. Hankintasäännöt päivitettiin samalla.",
        {"municipalities": ["Turku"], "regions": ["Varsinais-Suomi"], "themes": ["ymparisto"]},
    ),
    (
        "ruokapalvelu-oulu",
        "Kasvisruoka kouluihin",
        "Ruokapalvelun päästöt laskivat, kun kasvisruokaa tarjottiin kahdesti viikossa.",
        "Oppilaat äänestivät uudet ruokalajit. Ruokahävikkiä ja päästöt mitattiin kouluittain.",
        {"municipalities": ["Oulu"], "regions": ["Pohjois-Pohjanmaa"], "themes": ["ymparisto"]},
    ),
    (
        "paasto-seurakunta",
        "Paastonajan ruokapiiri",
        "Seurakunta ja kunta järjestivät ikäihmisille ruokapiirin.",
        "Paasto ei ollut tavoite, vaan yhteinen ateria. Piiri kokoontui kerran viikossa.",
        {"municipalities": ["Nurmes"], "regions": ["Pohjois-Karjala"], "themes": ["hyvinvointi"]},
    ),
    (
        "jaaviys-vantaa",
        "Jääviys hallituksen kokouksissa",
        "Luottamushenkilöille tehtiin opas esteellisyydestä.",
        "Jääviys tarkistetaan ennen jokaista kokousta. Sihteeri kirjaa pöytäkirjaan, kuka "
        "poistui käsittelyn ajaksi. Säännöt käytiin läpi jokaisen valtuustokauden alussa.",
        {"municipalities": ["Vantaa"], "regions": ["Uusimaa"], "themes": ["johtaminen"]},
    ),
    (
        "ohjaamo-kajaani",
        "Ohjaamo nuorten tukena",
        "Ohjaamo kokoaa nuorten palvelut yhteen paikkaan.",
        "Alle 30-vuotias saa Ohjaamosta apua opiskeluun, työhön ja asumiseen ilman ajanvarausta. "
        "Ohjaamon työntekijät tulevat kunnasta, TE-toimistosta ja järjestöistä.",
        {"municipalities": ["Kajaani"], "regions": ["Kainuu"], "themes": ["tyollisyys"]},
    ),
    (
        "seudullinen-jatehuolto",
        "Seudullinen jätehuolto",
        "Kuusi kuntaa siirsi jätehuollon yhteiselle yhtiölle.",
        "Seudullisen yhtiön hinnat ovat samat kaikissa kunnissa. Seudullisesti järjestetty "
        "keräys vähensi ajokilometrejä.",
        {"municipalities": ["Mikkeli", "Juva"], "regions": ["Etelä-Savo"], "themes": ["yhteistyo"]},
    ),
    (
        "seutu-jyvaskyla",
        "Jyväskylän seudun yrityspalvelut",
        "Seudun kunnat kokosivat yritysneuvonnan yhteen.",
        "Seutu markkinoi itseään yhtenä alueena. Neuvojat kiertävät seudun kunnissa.",
        {"municipalities": ["Jyväskylä"], "regions": ["Keski-Suomi"], "themes": ["elinvoima"]},
    ),
    (
        "elinvoimaisuus-iisalmi",
        "Keskustan elinvoimaisuus",
        "Tyhjät liiketilat otettiin tilapäiskäyttöön.",
        "Keskustan elinvoimaisuutta mitattiin kävijälaskureilla. Kauppiaat ja kaupunki "
        "sopivat yhteisistä tapahtumista.",
        {"municipalities": ["Iisalmi"], "regions": ["Pohjois-Savo"], "themes": ["elinvoima"]},
    ),
    (
        "elinvoima-kemi",
        "Elinvoima syntyy yrityksistä",
        "Kaupunki kokosi elinvoiman palvelut yhden johtajan alle.",
        "Elinvoima on kaupungin strategian ensimmäinen painopiste. Yritysten tonttikyselyihin "
        "vastataan viikossa.",
        {"municipalities": ["Kemi"], "regions": ["Lappi"], "themes": ["elinvoima"]},
    ),
    (
        "osallistaminen-hameenlinna",
        "Asukkaiden osallistaminen kaavoitukseen",
        "Kaavaluonnoksia esiteltiin kävelykierroksilla.",
        "Asukkaita osallistettiin kaavoitukseen kävelykierroksilla ja karttakyselyllä. "
        "Kaupunki osallistaa myös lapsia koulujen kautta.",
        {"municipalities": ["Hämeenlinna"], "regions": ["Kanta-Häme"], "themes": ["maankaytto"]},
    ),
    (
        "osallistamalla-porvoo",
        "Budjetti osallistamalla",
        "Osa investointirahasta jaettiin asukkaiden ehdotuksille.",
        "Osallistamalla asukkaat budjetointiin kaupunki sai kaksisataa ehdotusta. Äänestys "
        "tehtiin verkossa ja kirjastoissa.",
        {"municipalities": ["Porvoo"], "regions": ["Uusimaa"], "themes": ["osallisuus"]},
    ),
    (
        "yhteistyo-raahe",
        "Yhteistyö koulujen ja yritysten välillä",
        "Yläkoululaiset tutustuivat paikallisiin yrityksiin.",
        "Yhteistyössä yritysten kanssa järjestettiin työelämäpäiviä. Opettajat kävivät "
        "yrityksissä kesällä.",
        {"municipalities": ["Raahe"], "regions": ["Pohjois-Pohjanmaa"], "themes": ["sivistys"]},
    ),
    (
        "teemaonly-kouvola",
        "Kirjastoauto kylille",
        "Kirjastoauto kiertää haja-asutusalueella kahdesti viikossa.",
        "Autossa on myös asiointipiste. Reitit suunniteltiin kyläkyselyn perusteella.",
        {
            "municipalities": ["Kouvola"],
            "regions": ["Kymenlaakso"],
            "themes": ["yhteistyo", "hyvinvointi", "sivistys"],
        },
    ),
    (
        "sote-kainuu",
        "Sote-keskus ilman ajanvarausta",
        "Sote-keskuksen asiakkaat pääsevät hoitoon samana päivänä.",
        "Sote-keskuksessa sosiaalityöntekijä ja lääkäri työskentelevät samassa tiimissä. "
        "Jonot lyhenivät puoleen.",
        {"municipalities": ["Kajaani"], "regions": ["Kainuu"], "themes": ["hyvinvointi"]},
    ),
    (
        "tyohyvinvointi-salo",
        "Työhyvinvointi esihenkilötyön keskiöön",
        "Esihenkilöt kävivät työhyvinvoinnin valmennuksen.",
        "Työhyvinvointikysely tehtiin kahdesti vuodessa. Sairauspoissaolot vähenivät.",
        {"municipalities": ["Salo"], "regions": ["Varsinais-Suomi"], "themes": ["tyohyvinvointi"]},
    ),
    (
        "digituki-lieksa",
        "Digituki kirjastossa",
        "Kirjasto neuvoo ikäihmisiä verkkoasioinnissa.",
        "Digitukea annetaan ilman ajanvarausta. Vapaaehtoiset opastavat pankkiasioissa. "
        "Tietosuojan säännöt kerrotaan jokaiselle asiakkaalle.",
        {
            "municipalities": ["Lieksa"],
            "regions": ["Pohjois-Karjala"],
            "themes": ["digitalisaatio"],
        },
    ),
    (
        "marjat-posio",
        "Marjojen saanto kaksinkertaiseksi",
        "Marjanpoimijoille järjestettiin retkiä ja varastotilat.",
        "Saanto kasvoi, kun poimijat pääsivät hyville paikoille kuljetuksella. Marjat "
        "myytiin osuuskunnan kautta.",
        {"municipalities": ["Posio"], "regions": ["Lappi"], "themes": ["elinvoima"]},
    ),
    (
        "hanki-ruka",
        "Latujen kunnossapito hangella",
        "Kunta ja matkailuyritykset jakoivat latujen kunnossapidon kulut.",
        "Kevään hanki kantaa, ja silloin ladut ajetaan myös järvelle. Latukartta on verkossa.",
        {"municipalities": ["Kuusamo"], "regions": ["Pohjois-Pohjanmaa"], "themes": ["matkailu"]},
    ),
]


def write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for case_id, title, summary, body, meta in CASES:
        front = {"id": case_id, "title": title, "summary": summary, **meta, "status": "päättynyt"}
        text = "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n\n"
        text += "## Toteutus\n" + body + "\n"
        (folder / f"{case_id}.md").write_text(text, encoding="utf-8")
    return folder
