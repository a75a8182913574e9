// Words that look like names by shape (capitalised, after a cue) but are not: function words, the
// facility-management vocabulary of our users (some in German, Polish and Spanish), calendar words, organisation suffixes,
// equipment makers, languages and nationalities.
import { FIRST_NAMES, SURNAMES } from '../person-lexicon.ts';

// A speaker's contractions, with either apostrophe: "… and she'll be on site" is no second name after "and".
const STRAIGHT_CONTRACTIONS = `she'll he'll they'll we'll you'll it'll i'll who'll that'll she'd he'd they'd we'd you'd i'd who'd he's she's they're we're you're
they've we've you've i've isn't aren't wasn't weren't don't doesn't didn't can't won't couldn't wouldn't shouldn't`;
const CONTRACTIONS = `${STRAIGHT_CONTRACTIONS} ${STRAIGHT_CONTRACTIONS.replaceAll("'", '’')}`;

// Function words, English and our users' other languages': a lower-case name after a cue ends before one ("su nombre es
// josé luis figueroa con f", "heter anna berg och hennes nummer"); Malay's "saya nak …" (I want), Dutch's "hij" (he). Not those that are names too ("su", "lo", "han", "hans", "per").
const FUNCTION_WORDS = `a an the and or but so if then than that this these those there here is are was were be been being am
i im i'm me my mine we us our you your he him his she her they them their it its who whom whose what which when where why how
on in at to from by for with without of off over under into onto about above below after before between through during until
not no yes yeah yep nope ok okay please thanks thank just also only still even very really quite too all any some each every
both either neither none one two three four five six seven eight nine ten first second third last next new old other another
can could will would shall should may might must do does did done have has had having get got go going gone come coming
make made take taken give given say said tell told ask asked call called speak talk see seen know knew think need want like
ring rang text texted message messaged ping reach try dial whatsapp
sure right well good great fine back down up out away around again now today tomorrow yesterday tonight morning afternoon
evening night week weekend month year day time usually normally always never sometimes someone anyone everyone nobody
somebody anybody everybody something anything nothing everything whoever whatever myself yourself himself herself ourselves
themselves let lets let's hey hi hello dear sir madam ma'am ma’am regards cheers best kind sincerely re fwd fw subject note notes
speaking calling writing here's there's that's it's he's she's we're they're i've i'll i'd don't doesn't didn't won't can't
usual busy available away responsible new leave holiday off duty charge onsite offsite currently also directly
uh um umm er erm ah hmm mm ehm euh pls plz thx ty hai hain hoon hun sorry oops
buongiorno bonjour bonsoir hola olá hallo moin servus ciao salve buenos buenas dias días tardes noches bom boa dobry dzień
goedemorgen goedemiddag goedenavond
bhi isi pe mein haan nahi kya likh likho karo abhi yahan wahan phir aaj ghar khud ami amader apnar ache lagbe korbe holo theke bolchi hocchen opo namin tapos dey wetin abeg
yyy eee przepraszam dankie baie
il ils est qui que avec pour dans sur ses pas nous vous está para por dele dela com con per huwwe hiyye huwa hiya howa heya inta enti
ihr ihre ihren unser unsere kepala keamanan satpam obsługi obsługa obiektów sleutel sleutels larmkod embassy
die das dem des ein eine einen einem einer und oder bei mit für im zum zur ist sind sie ich wir bitte nicht nur hier heute
ligue liga ligar fala falar fale contactar contacte contactez llama llamar llame hablar habla pregunte pregunta pergunte pergunta
appelez appeler demandez chiama chiamare chiamate chiedi chiedere tawagan vraag rufen fragen
con para pero que es está esta este esto sus los las como cuando donde muy también com sem não non sono qui mais pour avec est
och hennes hon är jag det vid med på
bueno pues vale bien bom então entao allora dunque quindi poi nou dus eh
yang dari untuk itu ini nomor nomornya nomer dengan atau juga nya sudah belum bisa saja aja lagi kota
saya nak balik nombor boleh tolong hij`;

// The English calendar's words, and Indonesian's and Malay's weekdays ("Setiap Senin", every Monday): no names, though some
// are first names too ("April", "Sunday", "May": WORD_NAMES).
const CALENDAR = `monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
senin selasa rabu kamis jumat sabtu minggu isnin khamis jumaat setiap dydd llun mawrth mercher gwener sadwrn`;

// The words of a paper sheet's title, columns and notes in our users' other languages (German, Spanish, Portuguese, Polish,
// French, Italian, Swahili, Swedish, Lithuanian, Dutch, Welsh, Malay, Hungarian, Albanian): "LICZNIK GAZU", "Fecha 03/04/2024",
// "Schlüssel S-22 | Dach", "Assunto: …", "Viele Grüße", "Fastighet Norrmalm" (property), "Pintu" (a door), "Kedves
// Kolléga" (dear colleague), Vietnamese "Gửi kèm" (attached), "Trân trọng" (regards), "Ban Quản lý" (the management board); and a facility service's own words in them and in Romanian, Czech, Hungarian, the Nordic
// languages, Finnish and Croatian, guarding, cleaning, upkeep, rounds, alarms, fire, lifts, parking, generators, quotes,
// invoices and contracts ("Vigilancia Norte", "Devriye Raporu"). Words that are first names or surnames too are left out
// ("Stan", "Luz", "Torre", "Keller", "Dach", "Ronda", "Portas", Malay's "Lori", a lorry), but for "Halle", a hall as "Park" is a
// park (a curated surname too: person-lexicon.ts).
const SHEET_WORDS = `halle raum etage eingang ausgang pforte leitstelle früh spät nacht vor ort grüße gruß viele freundliche
ablesung zählerablesung zählernummer heizung heizkreis heizraum lüftung anlage brandmeldeanlage einbruchmeldeanlage aufzug wartung
reinigung schlüssel schlüsselbuch besucherliste ankunft abgang rückgabe bereich gebäude verwaltung objekt elektriker techniker
süd ost notruf hinweis achtung danke ausgegeben poststelle haustechnik hausverwaltung guten morgen abend zusammen betreff
leiterin stadtwerke rückfragen brak unidade allerseits todos todas equipo tutti ragazzi pessoal galera equipe chicos colegas colleghi iedereen allemaal logística logistica administración administração almacén compras
cámara câmera tomó elaboró revisó autorizó aprobó prazo mensajero mensajera repartidor mensageiro entregador licencia licença licenza
puerta puertas garaje abierta abierto cerrada cerrado prohibido prohibida dejar ascensor ascensores escalera escaleras contrato
portão aberta fechada proibido elevador
fecha hora nombre empresa llave llaves registro contador agua lectura cuarto planta sótano edificio contactos contacto emergencia
emergencias jefe encargada turno mañana tarde noche libre portal entrada salida retirada zona cubierta justificante pago importe
titular servicio urgente cuadrante centro comercial parque empresarial oficinas visitas acceso incidencias correo avería fuga fugas
assunto gerente predial escala plantão diurno noturno zelador chaves controle prestadores visitantes andar simulado abandono
brigadistas pessoas evacuadas observação horário nome telefone saída condomínio edifício síndico
licznik gazu wody odczyt odczytu budynek klucze klucza ewidencja wydań pomieszczenie pobrał zwrot podpis godz kotłownia
serwerownia grafik sprzątania dzień noc obiekt wejście dowódca koordynator uwagi próbna ewakuacja zakończenie liczba osób książka
raportów wejść biurowiec pozdrawiam kierowca dostawa
übergabe vorkommnisse vorkommnis sekretariat temperatur zaun standort schicht tagschicht nachtschicht frühschicht spätschicht rundgang
kontrollpunkte meldung störung fläche lista sitio auditoria auditoría retirado entregada entregado casa máquinas salão festas
simulacro abierto cerrado tarjeta mensajería kurier magazyn saa kuingia kutoka jina simu kampuni tarehe sahihi
fastighet fastigheter fastighetsförvaltning eiendom ejendom adresas adrese aadress facilitaire facilitair ysbyty przegląd dostawy
handschuhe nitril pintu pemandu syif pengurus bangunan kedves kolléga kollégák përshëndetje bât athrofaol cymru
gửi kèm trân trọng quản ban
vigilantes vigilancia limpiezas guardia guardias alarma incendio incendios extintor extintores estacionamiento generador
bodega nocturno supervisora conserje medidor administrador administradora condominio comunidad propietarios piso residentes proveedor proveedores
factura cotización cotizacion presupuesto recibe recibí recibi conforme alarme incêndio estacionamento gerador porteiro porteira sindico bloco térreo
terreo subsolo hidrômetro hidrometro relógio relogio orçamento orcamento fornecedor fornecedores vigia gardiennage ronde
incendie extincteur ascenseur électrogène electrogene gardienne veilleur relève releve planning consigne consignes
prestataire devis facture contrat pulizia allarme estintore ascensore parcheggio generatore preventivo fattura contratto
fornitore wachdienst sicherheitsdienst bewachung instandhaltung brandschutz feuerlöscher parkhaus notstromaggregat dienstplan
angebot rechnung dienstleister schoonmaak onderhoud brandblusser parkeergarage aggregaat rooster offerte factuur leverancier
sprzątanie sprzatanie konserwacja obchód obchod pożar pozar gaśnica gasnica agregat recepcja oferta faktura umowa dostawca
kebersihan pemeliharaan patroli kebakaran parkir resepsionis jadwal penawaran faktur kontrak gudang temizlik bakım bakim
devriye yangın yangin asansör asansor otopark jeneratör jenerator resepsiyon teklif sözleşme sozlesme ulinzi usafi mlinzi
walinzi zamu guwardiya paglilinis
sími farsími nøkkelliste nøkler bygningsdrift driftsleder générateur generateur leolvasás leolvasas leolvasó sipèvizè sipevize
guarita generalist gestor gestora objektleiter objektleiterin direksyon sekirite resepsyon nøgle nøgler nøgleboks nøgleboksen
checkpoint checkpoints siellä täällä kohteessa téc
requester requestor forwarder distributeur gérance gerance rengøringsvogn avis occupants visita domicilio domicilios bur
gemeente provincie politie brandweer ziekenhuis universiteit kommune kommunen kommun kunta
irmão irmã irmao filho filha hermano hermana hijo hija sobrinho sobrinha sobrino sobrina
gracias gracies takk tack kiitos hvala multumesc mulțumesc tesekkurler teşekkürler salamat dziękuję dziekuje děkuji dekuji makasih tenkyu dhonnobad dhonnobaad dhanyavaad dhanyavad dhanyabad shukriya
supervigilancia unifonic leiter vitocrossal
saal zugang notiz dauer eigentümer stiege met het een voor naar bij koningsdag
cordialement merci clé clés étage bâtiment entrée sortie relevé compteur électricité société heure visiteur visiteurs registre
astreinte responsable équipe saluti cordiali grazie chiave chiavi ingresso uscita contatore lettura custode responsabile
manutenzione pulizie notte giorno
por para pela pelo responsável responsavel recibido recibida recebido recebida revisado revisada autorizado autorizada aprobado aprobada aprovado aprovada elaborado
verificado
http https unprocessable portão portao sul clase tarikh tamat libro novedades karta odczytów fria farmacia regional nota init
habari shukran yung fono matrícula matricula nº n° cartão cartao leitura sede
paza securitate curățenie curatenie mentenanță mentenanta întreținere intretinere incendiu stingător stingator parcare
recepție tura factură ofertă furnizor clădire cladire etaj portar ostraha bezpečnost úklid uklid údržba udrzba obchůzka požár
výtah vytah parkoviště parkoviste recepce směna smena nabídka nabidka smlouva dodavatel sklad budova patro vrátnice vratnice
őrzés orzes biztonság biztonsag takarítás takaritas karbantartás karbantartas járőr jaror parkoló parkolo számla szamla
ajánlat ajanlat szerződés szerzodes beszállító beszallito raktár raktar épület epulet emelet portás bevakning säkerhet
sakerhet städning stadning underhåll underhall hiss parkering skift offert avtal leverantör leverantor byggnad våning vaning
väktare vaktare vakt sikkerhet rengjøring vedlikehold heis tilbud avtale leverandør bygning etasje vagt sikkerhed rengøring
vedligehold aftale vartiointi turvallisuus siivous kunnossapito kierros hissi pysäköinti vastaanotto vuoro lasku tarjous
sopimus toimittaja varasto rakennus kerros vartija zaštita zastita čišćenje ciscenje održavanje odrzavanje dizalo smjena
račun racun ponuda ugovor dobavljač dobavljac skladište skladiste zgrada čuvar cuvar`;

// What Hindi and Urdu say after an honorific that follows a name: a postposition, "is", "too", "and" or a verb of telling ("lata
// madam se baat karo", "ravi sir ko bolo", "sir ka number"): no name follows the honorific, and the word before it may be one
// (person-predicates.ts).
export const HINDUSTANI_WORDS_AFTER_HONORIFIC = 'se|ko|ka|ki|ke|ne|hai|hain|ho|bhi|ji|aur|par|pe|wala|wale|wali|bol|bolo|bolna|batao';

// "Thanks" in our users' languages: a message may end with it alone (DOMAIN_WORDS below), and before a comma it cues its sender's
// name (person-cues.ts: "Merci, Geert").
export const THANKS_WORDS = `merci gracias obrigado obrigada grazie danke dankie bedankt tack takk kiitos aitäh paldies ačiū dziękuję dziekuje děkuji ďakujem
köszönöm mulțumesc mulţumesc multumesc mersi hvala благодаря спасибо дякую ευχαριστώ teşekkürler təşəkkürlər shukran shukriya dhanyavad salamat jërëjëf faleminderit mèsi medaase vinaka`;

// With the placeholders a record writes where a name is not known (holder="UNKNOWN", "assigned to: On-call Technician"), a
// department's short words ("Called maint.", "reported to Ctrl."), and "thanks" in our users' languages, which a message ends
// with alone ("Jërëjëf", "Təşəkkürlər"; not Zulu's "Siyabonga", a name too); Hindustani's "do" and "take" said after a cue's verb
// ("faisal ko call kar lein", call Faisal; not "karna", "lena", first names too); Baku as Azerbaijani writes it ("Bakı ofisi");
// a sheet's night and day in Czech ("Trasa: NOČNÍ A"), Romanian's "ACCES REFUZAT" (access refused), French's "Sté" (société).
// A lost-and-found notice's words ("FUNDSACHEN", "Gefundene Gegenstände", "OGGETTI SMARRITI", "achados e perdidos", "objets
// trouvés", Dutch's "gevonden / verloren", Norwegian's "hittegods"), an occurrence book's short words ("cleaner Lvl 5", "Hrs",
// "vig." for vigilante), Latvian's and Lithuanian's name and surname headings ("Vārds, uzvārds"), German's "laut Wachbuch"
// (according to the guard book), Hungarian's fire-alarm words ("TŰZ ELŐJELZÉS", "riasztás"), a meter's "Propriété Lydec"
// (the utility's property), a notice's "ATTENTION RESIDENTS", Ukraine's courier "Нова Пошта"; a Greek notice's and sheet's
// words in capitals, which Greek writes without accents ("ΕΞΟΔΟΣ ΚΙΝΔΥΝΟΥ", emergency exit; "ΝΑ ΜΗΝ ΠΑΡΚΑΡΕΤΕ", do not park;
// "ΒΙΒΛΙΟ ΚΛΕΙΔΙΩΝ", key book).
const DOMAIN_WORDS = `site sites gate gates building block floor level room rooms office offices reception lobby desk front main
north south east west central car park parking loading bay dock warehouse plant boiler basement roof entrance exit door
delivery deliveries meter meters reading readings electricity electric gas water heat kwh kw serial ticket tickets number numbers phone tel mobile
fax helpdesk landline hotline switchboard natel elec acc iccid intake mprn mpan gprn uprn imei nmi wfh
fone celular movil telemovel telemóvel telefono teléfono cellulare ramal telp tlp ponsel puhelin sähköposti
téléphone telephone telefoon telèfon telefón telefonas tālrunis mobils τηλέφωνο κινητό
addr dist vill tehsil taluka taluk mandal emp
maint ctrl dpt
${THANKS_WORDS}
kar lein karein karo bakı noční denní acces refuzat sté
unknown anonymous unassigned vacant tbd tba tbc on-call
cell email mail address name names contact contacts details detail info information manager supervisor security guard guards patrol
shift shifts handover rota cleaning cleaner cleaners maintenance facilities facility team channel staff crew contractor contractors visitor
visitors register sign signed time date visit company firm vendor supplier client customer tenant landlord owner account
invoice order job task report inspection audit fire alarm alarms cctv camera cameras nvr keys key badge badges lift lifts
hvac chiller generator pump sprinkler extinguisher hospital school campus warehouse depot store shop mall tower house
hall centre center unit units zone wing annex gatehouse control lab kitchen canteen toilets washroom corridor stairwell
firmware version update router switch server controller panel device sensor network wifi ip ipv4 ipv6 port admin
the-site head lead senior junior deputy assistant acting interim duty night day weekend weekday morning evening late early
director ops operations officer officers coordinator administrator engineer engineers technician caretaker receptionist
concierge janitor auditor auditors business host dept department mgr mgmt supv supvr flr acct ref nr
sgt sergeant sgto sargento constable pc pcso insp inspector lt cpl capt maj major det ofc col retd post posts classe clase
sheet list log logbook form template schedule summary response procedure checklist
appendix annex section clause figure page sop drawing teams zoom slack skype webex valued
briefing meeting huddle standup debrief
aadhaar aadhar rfid mifare nfc api sdk url json csv pdf sms gps vpn ssh xml yaml dvr scada
merry happy christmas xmas easter diwali eid holi hanukkah ramadan
${CALENDAR}
am pm utc gmt bst cet ist est pst kwh total sum ok yes no n/a tbc tbd asap eta fyi pto ooo hr it fm pii ssn dob id
rp rs ksh kes tk idr inr usd eur gbp zar ngn aed sar egp brl mxn myr sgd thb vnd pkr bdt lkr npr ghs ugx tzs
english german hindi spanish french british american indian gmbh ltd llc plc inc co corp pvt ag kg
expiry nric marketing flat apartment apt
wachmann nachtwächter pförtner hausmeister haustechnik telefon mobil handy büro empfang ansprechpartner ansprechpartnerin
störung störungen schicht schichten frühschicht spätschicht nachtschicht zähler zählerstand besucher firma datum uhrzeit unterschrift notfall vertrag
rejestr gości kierownik zmiany ochrona ochrony kontakt encargado móvil turnos
zentrale technik hauswart servicedesk störungsmeldung växel sentralbord centralino portineria
oficina escritório escritorio kantoor ufficio kontor kontoret bureau garita caseta centralita
montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz mai juni juli oktober dezember
lunes martes miércoles miercoles jueves viernes sábado sabado domingo enero febrero marzo abril mayo junio agosto septiembre
octubre noviembre diciembre segunda terça terca quarta quinta sexta janeiro fevereiro março maio junho julho setembro outubro
novembro dezembro lundi mardi mercredi jeudi vendredi samedi dimanche janvier février fevrier mars juin juillet août aout
septembre octobre novembre décembre decembre lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi
sabato domenica gennaio febbraio aprile maggio giugno luglio settembre ottobre poniedziałek poniedzialek wtorek środa sroda czwartek
piątek piatek sobota niedziela maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
portaria portería porteria recepção recepcao recepción recepcion réception accueil segurança seguranca seguridad sécurité securite
receptie beveiliging portier conciërge sicurezza vigilanza
manutenção manutencao mantenimiento limpeza limpieza nettoyage gardien conserjería conserjeria vigilante vigilância
amex maestro finance accounts payroll procurement legal compliance werk wi-fi
mailroom post-room platform agency alt exp eng hotline hotlines inverter gateway illegible unreadable sd
rep reps representative po ph assembly pt cp os seq org tariff tariffs genset gensets mtr idf mdf rtu ahu fcu vav mcc ups ats mcb rcbo pdu bms pir crac crah acu
mastercard mpesa m-pesa paypal goods-in onboarding brcgs sprinter cel ser tgl
mondays tuesdays wednesdays thursdays fridays saturdays sundays
ystafell peiriannau beiriannau rheolwr gweithrediadau safle mynediad heb caniatâd caniatad allanfa mynedfa derbynfa diogelwch larwm
swyddfa adeilad llawr drws argyfwng cyswllt manylion croeso diolch gwasanaethau cyfleusterau glanhau
departament manteniment neteja seguretat edifici recepció recepcio consergeria
teslim yeri tarih saat eden güvenlik guvenlik amiri müdür müdürü mudur teknik tesis yönetimi yonetimi yönetim bina kapı giriş çıkış imza
malzeme miktar adet irsaliye irsaliyesi sevk fatura lojistik ziyaretçi görevli sorumlu nöbet vardiya gece gündüz
bacaan lepas kini guna penyelia teknikal pengawal keselamatan päiväys paivays puh nappal éjszaka ejszaka műszak muszak ngày giờ
jam masuk keluar box glove gloves nitrile tiefgarage ebene einfahrt ausfahrt lager wartung wartungsvertrag leitung objektleitung technisches
gebäudemanagement gebaudemanagement erstellt auftrag storekeeper blowdown receiving água agua geral gás cozinha técnico tecnico qualidade
coordinadora coordinador cuentas corporativas selatan utara barat timur
tél obrigado obrigada operacional operacionais kart capo cantiere preposto tarkastettu seuraava huolto kohde ημερομηνία
dato dátum tlf oprettet opprettet zi noapte ngiyabonga
lvl hrs vig fundsachen fundsache fundbüro gefundene gefunden gegenstände oggetti smarriti smarrito rinvenuti rinvenuto achados perdidos
objetos objets trouvés perdus lunettes gevonden verloren hittegods vārds uzvārds vards uzvards vardas pavardė pavarde laut wachbuch
verhalten nachtpersonal tűz előjelzés riasztás propriété propriete
residents пошта
εξοδος εισοδος κινδυνου κινδυνος προσοχη απαγορευεται να μην παρκαρετε σταθμευση σταθμευσης πυλη οροφος ασφαλεια ασφαλειας φυλαξη
συναγερμος πυροσβεστηρας κλειστη ανοιχτη βιβλιο επισκεπτων κλειδιων αδεια εργασιας δελτιο αποστολης ελεγχος ωρα
${SHEET_WORDS}`;

// The trades our users' other languages name a firm by, written before its owner's name as often as after it ("Limpiezas
// Martín SL", "Ochrona Kowalski", "Construtora Alfa", Quebec's "Immeubles Beauport", "Gestion Tremblay", "Carpintería
// Ibarra", a brothers' firm's "Transportes Hnos. Gil", "Gebr. Heinemann"): a name right after one is the firm's; and "Serv."
// (services) and "Petroleum" after a firm's name ("Ferrovial Serv.", "Nile Petroleum").
const FIRM_TRADES = `limpiezas limpezas cerrajería cerrajeria construtora constructora construcciones construções servicios serviços servizi
instalaciones reformas vigilancia sicherheit gebäudereinigung gebäudeservice hausmeisterservice usługi sprzątanie ochrona nettoyage propreté
servis servisi hizmetleri guarding welding
immeubles habitations entreprises constructions gestion entretien
distribuidora distribuidor distribuidores inversiones comercializadora inmobiliaria consorcio importadora exportadora
carpintería carpinteria serv petroleum hnos hermanos fratelli gebr gebrüder`;
export const FIRM_TRADE_WORDS: ReadonlySet<string> = wordSet(FIRM_TRADES);

const ORGANISATION_SUFFIXES = `ltd limited llc plc inc incorporated corp corporation co company gmbh ag kg pvt group holdings services partnership
service solutions security facilities facility cleaning maintenance logistics systems partners associates estates property
properties management consulting engineering electrical mechanical energy power utilities technologies tech industries
enterprises trading international global contractors contracting construction builders hospital school university college council
trust bank hotel hotels restaurant cafe stores supplies supply distribution transport freight couriers fm
plumbing plumbers heating roofing scaffolding glazing joinery electric electricals electricians locksmiths landscaping gardens works hardware
extra superstore metro pro harbour marina point associato associati
waste recycling removals rentals hire motors express parcels foods food catering bakery dairies farms pharmacy pharma controls
healthcare medical telecom telecoms networks digital media printing signs fabrication lifts elevators realty movers windows
sl sa srl sarl sas sac saa sapi spa eirl ltda lda eireli bv nv pty llp sdn bhd berhad tbk sys refrig hnos assoc bros health access support
${FIRM_TRADES}
hospitals clinics chemicals chemical laboratories labs packaging pharmaceuticals cement steel textiles engenharia ingeniería ingenieria café
serviss servisas apsauga apsardze sikkerhet sikkerhed säkerhet turvallisuus vartiointi
impianti ponteggi administradora irodaház irodahaz aps asa oyj ab ejendomme eiendom fastigheter kiinteistöt
foncière fonciere immobilière immobiliere apparel garments forge mills infra developers
strata pptys oy oü haldus næring xpress multispeciality trade commercial ports`;

// Makers of a site's equipment, whose names title a model in a site audit or on a rating plate ("Daikin Altherma", "Kone
// Monospace"): fire and security, lifts, heating and cooling, pumps, building controls, generators and meters; and the
// phones a user agent names ("Android 12; Xiaomi 2201117TY"). Makers
// that are also common names (Johnson, Perkins, Cummins, Gallagher, Schneider, Otis, Philips) are left out: a name would
// be kept whole.
const EQUIPMENT_MAKERS = `kirloskar cummins honeywell siemens bosch tyco kidde hochiki notifier kentec ziton xtralis vesda texecom pyronix risco paxton salto
hikvision dahua avigilon genetec lenel kantech kone schindler thyssenkrupp stannah fujitec daikin toshiba fujitsu hitachi
panasonic samsung mitsubishi viessmann vaillant worcester baxi potterton grundfos wilo lochinvar remeha rinnai ariston
priva cylon caterpillar aggreko gyr itron kamstrup sensus zumtobel gent biffa hamworthy cisco meraki planon karcher kärcher numatic
jeyes trane hager abb eaton socomec riello vertiv danfoss belimo sauter tridium distech morley ctec c-tec menvier fike ampac
simplex securiton esser ajax paradox dsc inim visonic optex hanwha uniview verkada ubiquiti unifi aruba fortinet mikrotik huawei
zkteco suprema hid nedap dormakaba abloy assa kaba geze orona wittur xylem lowara ebara pedrollo flygt kaeser mikano jubaili
himoinsa pramac sdmo deutz landis elster diehl zenner apator conlog hexing sagemcom iskraemeco geberit grohe hansgrohe
toyota honda suzuki nissan hyundai kia isuzu mazda subaru lexus volkswagen peugeot renault chevrolet fiat scania volvo iveco hino
xiaomi oppo realme tecno infinix lenovo microsoft outlook thunderbird`;

// The facilities, security and cleaning firms, utilities and landlords our users' sites deal with, by the names they go by
// ("Mitie", "Sodexo", "Eskom", "Meralco", Bengaluru's "BESCOM", Kenya's "Safaricom", Morocco's "Lydec"): no one's, uncued or after a cue ("cleaned
// by Mitie", "call Eskom"). Those that are also names (Chubb, Cushman, Knight Frank) are left out, as makers are.
const SERVICE_FIRMS = `sodexo mitie ocs atalian servest bidvest spotless broadspectrum jll cbre savills apleona caverion dussmann piepenbrock
wisag strabag gegenbauer ecolab rentokil veolia viridor renewi serco aramark securitas prosegur brinks halogen adt
eskom kplc phcn ikedc ekedc enel iberdrola endesa naturgy vattenfall edf engie tauron meralco maynilad ausgrid jemena ausnet
edesur edenor bescom umeme safaricom ooredoo cfe senelec lydec redal amendis onee
hammerson westfield`;

// The cities and business districts our users' sites are in, one word each ("Westlands", "Sandton", "Makati", "Mokotów"):
// a site's or an address's, named uncued ("Block C, Sandton", "Upper Hill, Nairobi"), and Mexico's states written short in an
// address ("León, Gto.", not those that are words or names too: Ver., Son., Sin., Zac.). Those that are names too (Karen,
// Bonifacio, Castellana) are left out; the name lexicon holds no place (scripts/build-name-lexicon.ts).
const PLACES = `nairobi mombasa kisumu nakuru eldoret westlands kilimani gigiri parklands lavington kileleshwa
lagos abuja ibadan kano ikoyi lekki ikeja yaba surulere apapa ajah oniru maitama wuse garki asokoro jabi utako accra kumasi
johannesburg pretoria durban centurion umhlanga sandton rosebank midrand fourways braamfontein bryanston randburg bellville
manila makati ortigas taguig pasig alabang quezon cebu davao iloilo
gto qro tamps coah chih ags yuc hgo oax dgo slp cdmx edomex
brisbane sydney melbourne perth adelaide darwin parramatta chatswood barangaroo chermside
paulista pinheiros morumbi berrini chamartín mokotów wola śródmieście służewiec schwabing niederrad eschborn
cardiff caerdydd caerphilly caerffili swansea abertawe casnewydd wrexham leeds daventry istanbul ankara izmir bursa manama punjab boston clichy
hamburg frankfurt dortmund leipzig düsseldorf köln stuttgart bremen hannover nürnberg münchen
mumbai bengaluru bangalore chennai hyderabad kolkata delhi noida gurugram gurgaon pune ahmedabad
karachi lahore islamabad rawalpindi faisalabad dubai sharjah ajman
monterrey guadalajara querétaro queretaro puebla tijuana medellín medellin bogotá bogota barranquilla
madrid barcelona sevilla bilbao málaga zaragoza curitiba recife fortaleza
milano roma torino napoli firenze genova bologna venezia verona padova bari palermo
warszawa warsaw kraków krakow wrocław wroclaw poznań poznan gdańsk gdansk łódź lodz katowice
kuala lumpur doha riyadh jeddah dammam dhaka chittagong colombo kampala lusaka cairo kigali
amman aqaba irbid muscat kuwait beirut alexandria giza casablanca rabat marrakech marrakesh tangier tunis algiers harare bulawayo
gaborone windhoek maputo arusha dodoma mwanza entebbe takoradi enugu kaduna jakarta surabaya bandung bekasi tangerang penang
johor ipoh hanoi saigon danang bangkok phuket kathmandu pokhara kandy yangon lisboa lisbon coimbra athens thessaloniki
bucharest bucurești bucuresti timișoara timisoara vienna wien graz linz salzburg zürich zurich genève lausanne marseille
toulouse nantes bordeaux strasbourg rotterdam utrecht eindhoven antwerpen antwerp brussel bruxelles copenhagen københavn
aarhus odense stockholm göteborg gothenburg malmö oslo trondheim helsinki espoo tampere tallinn riga vilnius kaunas prague
praha budapest debrecen
mozilla macintosh mac intel gecko khtml applewebkit safari android iphone ipad`;
// A street's own last words, which no firm's name ends with ("Road", "Rd", "Marg", "utca"): a part of an address that holds one
// is a street's (person-places.ts).
const STREET_SUFFIXES = `street road avenue lane drive boulevard rd st ave blvd hwy highway pkwy parkway crescent terrace embankment quay wharf
marg mawatha caddesi cad sokak straße strasse straat utca út körút krt iela gatvė tänav mnt salai allee weg plein platz gasse
trail trl expressway expy freeway fwy causeway turnpike tpke circle cir`;
export const STREET_SUFFIX_WORDS: ReadonlySet<string> = wordSet(STREET_SUFFIXES);
// The last word of a place's name: "Jordan Street", "Victoria Station", "Grosvenor Square" name no one. Place words that
// are also common surnames (Court, Hill, Hall, Wood, Green) are left out, as makers are: a name would be kept whole.
// Lane is in: a street far more often than a surname in our users' notes. So are the short forms of street kinds (Rd, St),
// and the buildings our users' sites are, so often named after someone ("George House", "Isaac Newton Centre", "Albert Dock"),
// with a building's and a room's short forms ("Cargo Bldg 2", "Plant Rm 2"), and the street kinds Turkish and Spanish write
// after the name ("Büyükdere Cd.", "Bağdat Caddesi", "Callao Av."; not Sk. and Mah., which are surnames too: "Jason Mah"), and
// a mall, a complex, a campus or a factory ("Nia Mall", "Kenyatta Complex", "Kalurghat Factory"; "Ask Tom Mall" is read as a place too, a rare surname lost), and
// Italy's and Turkey's malls and towers, Denmark's avenues and wharves ("Ilupeju Galleria", "Nida Kule", "Arne Jacobsens Allé", "Kalvebod
// Brygge"), a road's interchanges, roundabouts and flyovers ("Tetteh Quarshie Interchange"), and the
// street kinds written after the name in Hungarian, the Baltic languages, German and Dutch as a word of its own ("Kossuth Lajos
// utca", "Brīvības iela", "Gedimino prospektas", "Karl Marx Allee", "Willem Alexander Plein"; not Laan, a surname too: "van der Laan") and Tamil's ("Anna Salai").
const PLACE_SUFFIXES = `${STREET_SUFFIXES}
way close place grove walk row square station plaza mews estate gateway suite library arcade precinct retail
industrial airport terminal house centre center dock docks tower towers building buildings hospital clinic school
college university academy institute museum theatre theater stadium arena barracks city island heights apartments
flats residences galleria galleries gallery kule allé sq ln tce str ind ctr village region stand wing pavilion exchange vihar enclave
bldg rm av cd mahallesi district cres pde qld nsw stn chowk chawl colony junction pl útja körút krt tér gatve
prospektas maantee puiestee sokağı bulvarı gracht ufer quays meadows mall malls complex campus factory interchange roundabout flyover brygge`;

// The word a street's, an estate's or a building's name follows in our users' other languages, and a saint's that names a
// city ("Rua Haddock Lobo", "Plaza Benito Juárez", "Bloco Oscar Niemeyer", "al. Piłsudskiego", "Szpital im. Jana Pawła II",
// "São Paulo", Catalan "Carrer de Pau Claris", a warehouse's "Bodega Lo Aguirre", a port's "Terminal Pacífico Sur", a Dutch
// business park's "Bedrijventerrein De Hoek", Indonesian "Gedung Wisma 46" and "Graha Sentosa", German "Parkhaus Messe Basel",
// "Klinikum Rechts der Isar", French "Bd Zerktouni", "Région Lyon", Mexico City's "Calz. Ignacio Zaragoza", a French commune's
// "Saint-Quentin-Fallavier", Athens's "Λεωφ. Βασιλίσσης Σοφίας" and "Leof. Vasilissis Sofias", Bucharest's "Calea Victoriei",
// Belgrade's "Bulevar Mihajla Pupina" (and in Cyrillic, "Булевар …"), Zagreb's "u Ulici Nikole Tesle", Tirana's "Rruga Ismail Qemali", Bogotá's "Cra. Séptima", Saigon's "Đường Lê Lợi",
// São Paulo's "Marginal Tietê", Tel Aviv's "Derech Menachem Begin", Cairo's "Corniche El Nil", a warehouse's "Armazém Logístico
// Azambuja", "Depozit Chiajna", a Swiss site's "Areal Basel Rosental", a Brazilian mall's "Shopping Nova Barra", a French branch's
// "Agence Lyon Métropole", a Serbian warehouse's "Magacin Šimanovci", a Honduran factory's "Maquila Zip Choloma"): the
// name after it is the place's (person-places.ts); so is a king's, a prince's or a tsar's named in a Slavic or Romanian street
// ("Bulevar kralja Aleksandra", "Trg kralja Tomislava", "ulica Króla Jana"), a French building's ("Bât. Simone Veil") and an
// airport's ("Aerodrom Nikola Tesla"), a Colombian residential complex's ("Conjunto Res. Santa María"). An abbreviation keeps its dot; Albania's "Rr." (rruga) is a street's. Torre is in, though a surname too: written first, before a name, it is a tower.
// The street kinds among them that addresses write in lower case too ("27 rue Jean Jaurès", "en la calle Ramón Gómez",
// "viale Luigi Einaudi"): a lower-case kind names a place only when it is one of these, not a common word as well
// ("via", "comercial", "são", "centro").
export const STREET_KINDS: ReadonlySet<string> = wordSet(`rua avenida av. avda. avda calle c/ calzada calz. paseo praça praca travessa alameda
rodovia estrada rue boul. boulevard chemin allée quai impasse place viale piazza piazzale corso vicolo ul. ulica al. aleja plac jl. jln.
carrer passeig avinguda plaça bd bd. avenue chaussée rondo rondzie ulicy ulici esquina λεωφ. λεωφόρος λεωφόρο λεωφόρου οδός οδό οδού οδ. πλατεία πλατείας
calea strada str. bulevardul b-dul bulevar bulevard şoseaua soseaua șoseaua splaiul rruga bulevardi sheshi leof. leoforos odos ulitsa prospekt prosp.
vulytsia vul. cesta trg avenija náměstí namesti nám. třída nábřeží cra. carretera ctra. travesía callejón andador periférico cerrada
privada prolongación autopista lungomare contrada corniche đường phố lebuh marginal ladeira derech rehov sderot blvd. blvd
rr.
вул. вулиця ул. улица бул. булевард булевар бульвар просп. проспект пл. площа площадь пров. провулок пер. переулок`);
export const PLACE_PREFIXES: ReadonlySet<string> = new Set([...STREET_KINDS, ...wordSet(`plaza largo bloco edificio edifício ed. edif.
condominio condomínio cond. residencial jardim colonia fracc. fraccionamiento barrio bairro parque centro comercial empresarial industrial
galerías galerias clínica clinica parc hospital sanatorio colegio colégio universidad universidade instituto torre complexe centrum
biurowiec osiedle os. im. szpital jalan lorong persiaran taman wisma menara graha via gedung gd. kawasan pintu gerbang bodega terminal bedrijventerrein industrieterrein
parkhaus bürocampus gewerbepark einkaufszentrum klinikum région tour vía immeuble résidence groupe grupo gruppo palazzo palazzina
são santa santo san sankt saint sainte esq.
armazém armazem depósito deposito depozit almacén almacen entrepôt entrepot magazzino magazyn areal shopping agence agência agencia
depo κτίριο magacin maquila
kralja kraljice kneza cara vojvode króla księcia krále knížete regele conjunto
bât. bât bâtiment batiment aerodrom aeropuerto aeroporto aéroport aeroport flughafen lotnisko`)]);

// A building's or an estate's kind that may stand in lower case before its name ("résidence Les Filaos", "condominio
// Portal del Sol", "wisma Mulia"): none an English word nor a word of a sentence, as Portuguese's "são" (are) or Spanish's
// "grupo" are.
export const LOWER_CASE_PLACE_KINDS: ReadonlySet<string> = wordSet(`résidence residencial condominio condomínio edificio edifício immeuble
osiedle biurowiec wisma menara gedung kawasan jalan lorong persiaran taman bedrijventerrein industrieterrein gewerbepark einkaufszentrum
bürocampus fraccionamiento bairro barrio col.`);

function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter((word) => word !== ''));
}

// Languages, which name a nationality as often ("He's Irish", "I'm Vietnamese", "Speaks Punjabi and Urdu"): Intl's English
// names of the two-letter languages, of four letters or more, but for those in our name lexicon ("Swati") and those that
// are given names, surnames ("Bongani Zulu") or peoples' too.
const MIN_LANGUAGE_NAME_LETTERS = 4;
const LANGUAGES_THAT_ARE_NAMES = new Set(['zulu', 'akan', 'afar', 'komi', 'pali', 'thai', 'cree', 'shona', 'navajo', 'kongo', 'ganda', 'sango', 'nauru', 'tatar', 'herero', 'ndonga', 'kuanyama', 'chamorro', 'tahitian']);

function languageNames(): string {
  const languages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const names: string[] = [];
  for (let first = 0; first < 26; first++) {
    for (let second = 0; second < 26; second++) {
      const name = languages.of(String.fromCharCode(97 + first, 97 + second))?.toLowerCase();
      if (name === undefined || !/^[a-z]+$/.test(name) || name.length < MIN_LANGUAGE_NAME_LETTERS) continue;
      if (!LANGUAGES_THAT_ARE_NAMES.has(name) && !FIRST_NAMES.has(name) && !SURNAMES.has(name)) names.push(name);
    }
  }
  return names.join(' ');
}

// Nationalities that are no language's name, as our users' staff and visitors come from these countries.
const NATIONALITIES = `nigerian ghanaian kenyan ugandan tanzanian rwandan zimbabwean zambian malawian somalian sudanese eritrean ethiopian
cameroonian senegalese congolese ivorian leonean liberian gambian togolese beninese malian botswanan namibian angolan mozambican
egyptian moroccan algerian tunisian libyan syrian iraqi iranian afghan pakistani bangladeshi nepalese lankan jordanian lebanese
jamaican trinidadian barbadian guyanese brazilian mexican colombian peruvian chilean argentinian argentine venezuelan cuban haitian
ecuadorian bolivian canadian australian zealander american british scottish belgian austrian swiss cypriot kosovan moldovan
montenegrin macedonian belarusian malaysian singaporean chinese taiwanese`;

// A maker's name is no name word, but unlike a firm's suffix it does not make the name before it a firm's: in
// "DEEPAK CHANDRASEKARAN SIEMENS BUILDING" the visitor came from Siemens.
export const CALENDAR_WORDS: ReadonlySet<string> = wordSet(CALENDAR);
// The places among them, cities and districts of our users' regions: after a title and a first name, such a word is a surname ("Ing. Alessandro Colombo").
export const PLACE_WORDS: ReadonlySet<string> = wordSet(PLACES);
export const NOT_A_NAME: ReadonlySet<string> = wordSet(`${FUNCTION_WORDS} ${CONTRACTIONS} ${DOMAIN_WORDS} ${EQUIPMENT_MAKERS} ${SERVICE_FIRMS} ${PLACES} ${languageNames()} ${NATIONALITIES}`);
export const ORGANISATION_WORDS: ReadonlySet<string> = wordSet(`${ORGANISATION_SUFFIXES} ${PLACE_SUFFIXES}`);
// The roles a department's word comes before in a job title ("Security Officer", "Facilities Manager"): after a name,
// such a title says the name is a person's, though its first word is a firm's ("Jennifer Walsh Security Officer").
export const JOB_ROLE_WORDS: ReadonlySet<string> = wordSet(`officer officers manager supervisor guard lead engineer technician coordinator
director administrator assistant operative executive head controller advisor adviser consultant specialist inspector`);
// "vd" is Afrikaans and Dutch "van der" written short ("Johan vd Merwe").
// Irish's too, before a woman's and a man's surname: "Ní Bhriain", "Nic Giolla", "Ó Briain", "Uí Néill", "Mac Giolla".
export const NAME_PARTICLES: ReadonlySet<string> = wordSet('van von de da del der den al bin le la los las di du dos das ter ten el dela bint binti binte bte ibn i y vd ní nic ó uí mac');
// First names that are also everyday or calendar words ("grace", "will", "april"), West Africa's virtue names among them
// ("comfort", "justice", "godswill", "goodluck"), and our users' other languages' months and days that are first names
// ("Mai", "Abril", "Juli", "Domingo"). In lower case after a cue they are a
// name only where a clause ends after them or a surname follows ("the night guard is grace and …", "ask for jan
// kowalski"), and in title case before a lexicon surname or a word that is no English one ("April Jones").
// Makers whose names are people's too: kept out of the makers' list and of the name lexicon (scripts/build-name-lexicon.ts),
// so "ask for Otis Brandt" is a name while "2 Otis lifts", "call Otis" are the maker's (person.ts reads one alone as the maker).
// Our users' other languages' function words that go on a sentence after a lower-case name said after a cue, and are none of
// it: "le gardien chef c'est fotso son numéro …" (his number), "é o cláudio e ele …", "ist jana und sie …", Afrikaans "my kollega
// annelie sal …" (will), Romanian "domnul cristea care e …" (who is), Haitian Creole "non li se marcelin fritznel se li ki …"
// (it's he who), Croatian "zovem se ivana kovačević iz zagreba" (from), Latvian "kontaktpersona ir ilze bērziņa viņas telefons
// …" (her phone), Dutch "bel dan ingrid dat is …" (then, that: Dan is a first name, but not here), Hungarian "neve kovács bence
// és a száma …" (and). Not the particles a name holds between its words (de, da, van, von, del, la, le, du …:
// NAME_PARTICLES), nor a word of NOT_A_NAME, which the lexicon is built without: these are words only where a lower-case name
// ends (person.ts, readNameAt()).
export const AFTER_LOWER_CASE_NAME: ReadonlySet<string> = wordSet(`son sa ses et est c'est pour avec qui que mais ou au aux une un il elle
on nous vous ils elles leur sur dans chez mon ma mes ton ta non oui voilà voila sans
com e é o os as em no na nos nas ele ela eles elas seu sua seus suas meu minha é pra para que mas ou um uma
y el los las con su sus es en por para pero o un una él ella mi sin
il lo gli che con è suo sua mio mia non ma per
het en met is een zijn haar zij hij mijn ook maar dan dat
und ist sein seine ihr ihre mit er sie mein meine oder aber auch
és az vagy meg
och är hans hennes hon han min mitt ja ja og er hun hans
sal gaan kan moet het is die sy hy my ook
care este și si cu pe
iz i a je sam bi od ili ali z ze ale
se li ki ak nan pou mwen yo
ir un viņa viņas viņš`);

export const MAKERS_THAT_ARE_NAMES: readonly string[] = ['otis', 'cummins', 'dyson', 'chubb', 'lennox'];

// First names and surnames that are everyday words too, names only where their clause or a name beside them says so ("Rose
// May", "Halima Said": East Africa's and the Gulf's surname, the verb in lower case; Kenya's "George Were"; Ghana's Thursday-born
// "Yaw").
export const WORD_NAMES: ReadonlySet<string> = wordSet(`grace will hope joy faith bill mark rose dawn april may june jan pat rob sue jack frank
drew ray gene sandy holly ivy daisy lily amber ruby pearl crystal heather iris violet jade robin chase hunter grant lance
miles wade dean don jay kit penny summer autumn carol angel destiny precious blessing favour patience prudence mercy
charity chance sunny cliff glen earl rex reed ross art nick august king sunday monday friday saturday
comfort justice miracle goodluck godswill prosper wisdom bright lovely gift honey sterling noel marvel peace
mai abril juli domingo luz marina said were yaw`);
