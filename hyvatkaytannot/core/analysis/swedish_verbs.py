"""Swedish strong and irregular verbs: their past forms, which simplemma's lexicon often
lacks or reads as another word ("bröt", "hållits", "satt"); and the few pronouns and
adjectives whose forms change the stem ("andra" → annan, "inga" → ingen, "små" → liten).

A grammar-book list (infinitive, preterite, supine, and present forms that are not the
infinitive's stem plus -r), written for this project. The passive of the preterite and
the supine (+s) is derived. Past participles (bruten, tagna) are left to the lexicon:
texts use them as adjectives too.
"""

from __future__ import annotations

from functools import cache

# infinitive preterite[/preterite] supine[/supine] [present[/present]]
_TABLE = """
be bad bett ber
binda band bundit
bita bet bitit
bjuda bjöd bjudit
bli blev blivit blir
brinna brann brunnit
brista brast brustit
bryta bröt brutit
böra borde bort bör
dra drog dragit drar
dricka drack druckit
driva drev drivit
dö dog dött dör
dölja dolde dolt döljer
falla föll fallit
fara for farit
finna fann funnit
flyga flög flugit
flyta flöt flutit
frysa frös frusit
få fick fått får
ge gav gett/givit ger
glida gled glidit
gripa grep gripit
gråta grät gråtit
gå gick gått går
göra gjorde gjort gör
ha hade haft har
hinna hann hunnit
hugga högg huggit
hålla höll hållit
kliva klev klivit
komma kom kommit
krypa kröp krupit
kunna kunde kunnat kan
le log lett ler
lida led lidit
ligga låg legat
ljuga ljög ljugit
låta lät låtit
lägga lade/la lagt
njuta njöt njutit
rida red ridit
rinna rann runnit
riva rev rivit
se såg sett ser
sitta satt suttit
sjunga sjöng sjungit
sjunka sjönk sjunkit
skina sken skinit
skjuta sköt skjutit
skola skulle skolat ska/skall
skrika skrek skrikit
skriva skrev skrivit
skära skar skurit
slå slog slagit slår
slita slet slitit
slippa slapp sluppit
sova sov sovit
spricka sprack spruckit
springa sprang sprungit
stiga steg stigit
stjäla stal stulit
stryka strök strukit
stå stod stått står
svika svek svikit
säga sade/sa sagt
sälja sålde sålt
sätta satte satt
ta tog tagit tar
tiga teg tigit
vara var varit är
veta visste vetat vet
vilja ville velat vill
vinna vann vunnit
välja valde valt
vänja vande vant
växa växte vuxit
äta åt ätit
"""


# lemma: its other forms (pronoun-like words and irregular adjectives).
_CLOSED = """
all alla allt
annan annat andra andre
ingen inget inga
någon något några nån nåt
sådan sådant sådana sån sånt såna
liten litet lilla små
"""

# Forms whose +s is another word ("vars" = whose, "fors" = rapids).
_NO_PASSIVE = frozenset({"var", "for"})


@cache
def irregular_forms() -> dict[str, tuple[str, ...]]:
    """Past (and irregular present) form -> the verbs it is a form of."""
    forms: dict[str, list[str]] = {}

    def add(form: str, verb: str) -> None:
        verbs = forms.setdefault(form, [])
        if verb not in verbs:
            verbs.append(verb)

    for line in _TABLE.strip().splitlines():
        verb, preterite, supine, *present = line.split()
        for form in (*preterite.split("/"), *supine.split("/")):
            add(form, verb)
            if form not in _NO_PASSIVE:
                add(form + "s", verb)  # passive: "bröts", "hållits"
        for form in present[0].split("/") if present else ():
            add(form, verb)
    for line in _CLOSED.strip().splitlines():
        base, *others = line.split()
        for form in others:
            add(form, base)
    return {form: tuple(verbs) for form, verbs in forms.items()}
