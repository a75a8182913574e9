// What a table's headings and cells mean, for tables parted by delimiters (table-columns.ts) and by spaces
// (aligned-columns.ts): which headings name a personal column (a name's or a phone's), which a column that holds no
// names, and what a personal cell holds.
import { AT_SIGN, DIALLING_CHARACTERS, DOT, HYPHEN, isAsciiDigit, isAsciiLetter, isAsciiLower, isAsciiUpper, LEFT_PARENTHESIS, RIGHT_PARENTHESIS, SLASH, SPACE, TAB, TILDE, UNDERSCORE } from './char-codes.ts';
import { isCommonEnglishWord, isEnglishWord } from './english-words.ts';
import { hasWordWithFlags, isOnlyVocabulary, LEXICON_NAME, WORD_NAME, wordFlags, withoutAccents } from './recognizers/person-word-flags.ts';

/**
 * A set of headings with each one's accents dropped beside it: a register typed or printed in capitals often has none
 * ("NOM / PRENOM", "SOCIETE", "TELEFONO").
 */
function headingSet(headings: readonly string[]): ReadonlySet<string> {
  return new Set([...headings, ...headings.map(withoutAccents)]);
}

// A signature's heading, or its initials', in our users' languages, as headingOf() reads them: written short too ("Sig",
// Portuguese "Ass." for assinatura, German "Unterschr."), and French's "Visa" (a register's initials).
const SIGNATURE_HEADING_WORDS = ['signature', 'sign', 'signed', 'sign in', 'sign out', 'visitor signature', 'sig', 'ass', 'assin', 'unterschr',
  'initials', 'init', 'inits', 'paraaf', 'visa', 'unterschrift', 'assinatura', 'podpis', 'sahihi', 'handtekening', 'underskrift', 'namnteckning',
  'signatur', 'allekirjoitus', 'allkiri', 'undirskrift', 'undirr', 'aláírás', 'semnătura', 'semnatura', 'semnătură', 'υπογραφή', 'imza', 'tanda tangan', 'ký tên', 'paraksts', 'parašas',
  '签名', '簽名', '署名', '서명', 'חתימה', 'التوقيع', 'ลายมือชื่อ',
  // Greek's and French's written short: ΥΠΟΓΡ. (υπογραφή), Émarg. (émargement).
  'υπογρ', 'émarg', 'lagda'];

// Headings as headingOf() reads them: lower case, letters and single spaces only ("Visitor's Name:" → "visitors name").
const PERSON_HEADINGS: ReadonlySet<string> = headingSet([...SIGNATURE_HEADING_WORDS,
  'name', 'names', 'full name', 'first', 'last', 'first name', 'last name', 'surname', 'forename', 'given name', 'family name', 'print name',
  'visitor', 'visitors', 'visitor name', 'visitors name', 'name of visitor', 'guest', 'guest name', 'person', 'person name',
  'contact', 'contact name', 'contact person', 'host', 'host name', 'anfitrion', 'anfitrión', 'anfitrião', 'anfitriao', 'to meet', 'person to meet', 'whom to meet', 'to see', 'whom to see', 'person to see', 'visiting', 'meeting',
  'signed by', 'driver', 'driver name', 'drivers name',
  'guard', 'guard name', 'officer', 'officer name', 'employee', 'employee name', 'staff', 'staff name', 'engineer', 'contractor name',
  'collected by', 'issued to', 'issued by', 'received by', 'returned by', 'checked by', 'escorted by', 'authorised by', 'authorized by',
  'approved by', 'handed to', 'key holder', 'keyholder', 'supervisor', 'manager', 'operative', 'attendee', 'emp name',
  'warden', 'wardens', 'fire warden', 'deputy', 'deputy warden', 'first aider', 'first aiders', 'reader', 'read by', 'taken by', 'given to',
  'operative name', 'officer on duty', 'patrol officer', 'cleaner', 'technician',
  'found by', 'claimed by', 'reported by', 'raised by', 'logged by', 'completed by', 'inspected by', 'verified by', 'prepared by', 'witness',
  // A ticket system's export: who reported, requested or called, who has it now ("Night Supervisor", "Team North" there are teams).
  'reporter', 'requester', 'requestor', 'caller', 'assignee',
  'witnessed by', 'requested by', 'booked by', 'attended by', 'done by', 'carried out by', 'action by', 'assigned to', 'allocated to', 'lent to',
  'loaned to', 'borrowed by', 'returned to', 'accompanied by',
  // An alarm response log's officer who attended ('RESP. OFFICER').
  'resp officer', 'responding officer', 'response officer',
  // German registers' headings.
  'vorname', 'nachname', 'besucher', 'besuchername', 'ansprechpartner', 'fahrer', 'mitarbeiter', 'gast',
  'ausgegeben an', 'besuch bei', 'empfänger', 'zurück von', 'abgelesen von', 'gelesen von',
  // Spanish, Portuguese, Polish, French and Italian ones.
  'nombre', 'nombre y apellidos', 'nombre y apellido', 'nombres y apellidos', 'apellido y nombre', 'apellidos y nombres', 'apellido y nombres', 'apellidos', 'visitante', 'visitantes', 'responsable', 'entregado a', 'recibido por',
  'nome', 'nome completo', 'sobrenome', 'responsável', 'entregue a', 'devolvido a', 'devolvida a', 'encontrado por', 'encontrada por', 'encontr por',
  'imię', 'nazwisko', 'imię i nazwisko', 'nazwisko i imię', 'pobrał', 'pobrała', 'wydano', 'wydano komu', 'komu', 'odbiorca', 'gość',
  // Who issued a key or took it, in Czech (vydal, převzal) and Lithuanian (kam, to whom).
  'vydal', 'vydala', 'převzal', 'převzala', 'kam',
  'nom', 'prénom', 'nom prénom', 'visiteur', 'émargement', 'relevé par', 'lu par', 'contrôlé par', 'vérifié par', 'agent', 'nome e cognome', 'cognome', 'cognome nome', 'cognome e nome', 'nome cognome', 'firma visitatore',
  'kierowca', 'przyjął', 'przyjęła', 'wydał', 'wydała', 'odebrał', 'odebrała', 'osoba kontaktowa', 'operador', 'recibe', 'recibió',
  'motorista', 'recebido por', 'retirado por', 'entregada a', 'persona de contacto', 'contacto', 'contato',
  // A guard and a driver in Spanish, Portuguese, Italian, French, German, Dutch, Polish, Turkish, Malay and Indonesian,
  // and Swahili.
  'vigilante', 'guardia', 'guarda', 'vigia', 'gardien', 'wachmann', 'bewaker', 'ochroniarz', 'pengawal', 'satpam', 'askari', 'mlinzi',
  'conductor', 'chofer', 'chófer', 'autista', 'sürücü', 'şoför', 'pemandu', 'sopir', 'supir', 'dereva',
  'recd by', 'rcvd by', 'recv by', 'recvd by',
  // Swahili's: name, the person visited.
  'jina', 'anayemtembelea',
  // Dutch ones.
  'naam', 'bezoeker', 'chauffeur',
  // Swedish, Norwegian and Danish, Icelandic, Finnish and Estonian ones: a name, a visitor. (Not the person visited, 'besöker',
  // 'kellele': under it our users' words for a department or a room, 'köök', read as a name.)
  'namn', 'besökare', 'navn', 'besøkende', 'besøgende', 'nafn', 'gestur',
  'nimi', 'vierailija', 'nimen selvennys', 'külastaja',
  // Latvian, Lithuanian and Estonian ones: a name, a surname, a visitor.
  'vārds', 'uzvārds', 'vārds uzvārds', 'apmeklētājs', 'vardas', 'pavardė', 'vardas pavardė', 'lankytojas', 'eesnimi', 'perekonnanimi', 'ees ja perekonnanimi',
  // Czech, Hungarian, Romanian and Greek ones.
  'jméno', 'jméno a příjmení', 'příjmení', 'návštěvník', 'név', 'látogató', 'nume', 'nume și prenume', 'nume si prenume',
  'vizitator', 'όνομα', 'ονοματεπώνυμο', 'επώνυμο', 'επισκέπτης',
  // A full name's headings in Spanish, French and German ("Name, Vorname"); Serbian, Croatian and Bosnian, Slovak, Russian and
  // Ukrainian (ФИО, П.І.Б.); Tagalog and Tamil; and Vietnamese's receiver.
  'nombre completo', 'nom et prénom', 'name vorname', 'ime', 'prezime', 'ime i prezime', 'meno', 'meno a priezvisko', 'име', 'имя', 'фио', 'п і б', 'піб',
  'pangalan', 'buong pangalan', 'பெயர்', 'người nhận',
  // Turkish, Indonesian and Malay, and Vietnamese ones.
  'ad soyad', 'adı soyadı', 'soyadı', 'isim', 'ziyaretçi', 'ziyaretçi adı', 'yetkili',
  'nama', 'nama lengkap', 'tamu', 'nama tamu', 'penerima', 'petugas',
  'họ tên', 'họ và tên', 'tên', 'người liên hệ', 'khách',
  // Chinese (simplified and traditional), Japanese and Korean ones: a name, a visitor, a contact, the person
  // in charge, who took a key.
  '姓名', '名字', '联系人', '聯絡人', '聯繫人', '访客', '訪客', '访客姓名', '訪客姓名', '负责人', '負責人', '被访人', '受访人', '接待人', '领用人', '領用人', '借用人', '借出人', '申请人', '申請人', '登记人', '登記人', '送货人', '送貨人', '收货人', '收貨人',
  '氏名', '名前', '担当者', '担当', '来訪者', '訪問者', '受付者', '借用者',
  '이름', '성명', '성함', '담당자', '방문자',
  // Thai's name, name and surname ("ชื่อ-สกุล", read as "ชื่อ สกุล"), and visitor.
  'ชื่อ', 'ชื่อ สกุล', 'ชื่อ นามสกุล', 'ผู้มาติดต่อ',
  // Hebrew and Arabic ones.
  'שם', 'שם מלא', 'איש קשר', 'שם איש קשר', 'שם המבקר',
  'الاسم', 'اسم', 'اسم الزائر', 'المسؤول',
  // Hindi's, Bengali's and Urdu's name and visitor.
  'नाम', 'पूरा नाम', 'आगंतुक', 'आगंतुक का नाम', 'নাম', 'পুরো নাম', 'দর্শনার্থী', 'نام', 'پورا نام',
]);
const PHONE_HEADINGS: ReadonlySet<string> = headingSet([
  'phone', 'phone no', 'phone number', 'telephone', 'telephone no', 'telephone number', 'tel', 'tel no', 'mobile', 'mobile no',
  'mobile number', 'mob', 'mob no', 'cell', 'cell phone', 'cellphone', 'contact no', 'contact number', 'contact phone', 'contact tel',
  'whatsapp', 'landline', 'telefon', 'telefonnummer', 'tel nr', 'handy', 'mobil', 'mobilnummer',
  'teléfono', 'telefono', 'móvil', 'movil', 'celular', 'telefone', 'telemóvel', 'komórka', 'nr telefonu', 'téléphone', 'portable', 'cellulare',
  // Singapore's and Malaysia's handphone.
  'hp', 'h p', 'hp no', 'handphone', 'cel', 'nr tel', 'simu',
  // Turkish, Indonesian and Malay, Vietnamese, Chinese, Japanese, Korean, Hebrew and Arabic ones.
  'cep', 'cep telefonu', 'gsm', 'telepon', 'telp', 'no telp', 'no hp', 'nombor telefon', 'điện thoại', 'sđt', 'số điện thoại',
  '电话', '電話', '手机', '手機', '联系电话', '聯絡電話', '手机号', '电话号码', '電話番号', '携帯', '携帯番号', '連絡先',
  '전화', '전화번호', '연락처', '휴대폰', '핸드폰', 'טלפון', 'נייד', 'מספר טלפון', 'الهاتف', 'الجوال', 'رقم الجوال', 'هاتف', 'جوال',
  'เบอร์โทร', 'โทร', 'โทรศัพท์', 'เบอร์โทรศัพท์',
  'मोबाइल', 'फोन', 'फ़ोन', 'মোবাইল', 'ফোন', 'موبائل', 'فون',
  // Nordic, Baltic, Central European and Greek ones.
  'tlf', 'puh', 'puhelin', 'matkapuhelin', 'sími', 'farsími', 'telefonszám', 'mobiltelefon', 'τηλέφωνο', 'κινητό', 'τηλ',
]);
// The headings of columns that hold no names: "Stadtwerke Ost" under "Company" is a firm, though shaped like a name.
// (Notes, remarks, purpose and the like may name someone, so they are not among them.)
const NAMELESS_HEADINGS: ReadonlySet<string> = headingSet([
  // Hindi's and Bengali's serial number (written short), firm, date and time.
  'क्र', 'क्रम', 'कंपनी', 'संस्था', 'दिनांक', 'तारीख', 'समय', 'ক্র', 'ক্রমিক', 'প্রতিষ্ঠান', 'কোম্পানি', 'তারিখ', 'সময়',
  'time', 'time in', 'time out', 'checkin', 'checkout', 'check in', 'check out', 'checked in', 'checked out', 'start', 'end', 'start time', 'end time', 'finish', 'finish time', 'in', 'out', 'arrival', 'departure', 'exit', 'date', 'company', 'org', 'organisation',
  'organization', 'firm', 'vendor', 'supplier', 'gate', 'entrance', 'door', 'vehicle', 'vehicle reg', 'vehicle registration', 'reg',
  'registration', 'car reg', 'plate', 'badge', 'badge no', 'pass', 'pass no', 'card', 'card no', 'item', 'items', 'material', 'key',
  'key no', 'qty', 'quantity', 'site', 'location', 'area', 'department', 'dept', 'unit', 'room', 'floor', 'shift', 'no', 'ref', 'id',
  'status', 'employer', 'agency', 'trade', 'emp no', 'employee no', 'staff no', 'sl', 'sl no', 's no', 'sno', 'key tag', 'tag',
  'badge id', 'badgeid', 'card no', 'access level', 'expiry', 'hrs', 'hours',
  // A guard's rank or grade on a roster ("SSO", "LSO", "Grade II").
  'rank', 'grade',
  // A roster export's shift times and post ("shift_start", "shift_end").
  'shift start', 'shift end', 'shift start time', 'shift end time', 'post',
  // A background check's or a staff export's other columns ("candidate_id,first_name,last_name,ssn,dob,state,status,completed").
  'ssn', 'dob', 'date of birth', 'birth date', 'birthdate', 'state', 'province', 'country', 'city', 'town', 'zip', 'zip code', 'zipcode',
  'postcode', 'post code', 'postal code', 'completed', 'created', 'updated', 'result',
  'datum', 'uhrzeit', 'zeit', 'firma', 'kommen', 'gehen', 'kommt', 'geht', 'ausweis', 'kennzeichen',
  'nr', 'bereich', 'raum', 'ankunft', 'abgang', 'rückgabe', 'kfz kennz', 'schlüssel', 'ort', 'ein', 'aus', 'zähler', 'stand alt', 'stand neu', 'stand',
  'fecha', 'hora', 'empresa', 'entrada', 'salida', 'h ent', 'h sal', 'h entrada', 'h salida', 'hora ent', 'hora sal', 'hr ent', 'hr sal', 'llave', 'zona', 'planta', 'data', 'hora entrada', 'hora saída', 'saída', 'doc', 'documento',
  'apto', 'apto empresa', 'andar', 'chave', 'nr klucza', 'klucz', 'pomieszczenie', 'godz', 'godzina', 'zwrot', 'wejście', 'wyjście',
  'date', 'heure', 'société', 'clé', 'arrivée', 'départ', 'ora', 'società', 'chiave', 'heure arrivée', 'heure départ', 'heure arr', 'heure dép', 'arr', 'dép',
  // Italian's firm and times in and out; a number's column headed "N°" (read as "n").
  'ditta', 'entrata', 'uscita', 'ora in', 'ora out', 'ora entrata', 'ora uscita', 'n',
  'ing', 'sal', 'ingreso', 'egreso', 'patente', 'rut', 'nazwa', 'przewoźnik', 'nr rej', 'palety', 'proveedor', 'placas', 'cajas', 'tarehe', 'kampuni', 'saa kuingia', 'saa kutoka',
  'tijd', 'vervoerder', 'kenteken', 'pallets', 'dock', 'bedrijf', 'zegel nr',
  // A register's firm, date and times in Swedish, Norwegian and Danish, Icelandic, Finnish, Estonian, Czech, Hungarian, Romanian and Greek.
  'företag', 'ut', 'dato', 'inn', 'út', 'dags', 'dagsetning', 'fyrirtæki', 'lykill', 'tími', 'päivä', 'päiväys', 'yritys', 'sisään', 'ulos', 'kuupäev', 'ettevõte', 'sisse', 'välja',
  'příchod', 'odchod', 'dátum', 'cég', 'érkezés', 'távozás', 'firmă', 'intrare', 'ieșire', 'iesire', 'ημερομηνία', 'εταιρεία', 'είσοδος', 'έξοδος',
  // Times in and out in Spanish, French, Dutch, Italian, Indonesian and Turkish ("Heure d'arrivée" read without its apostrophe);
  // a vehicle's plate, a visitor's agency (Indonesian instansi) and identity document.
  'hora de entrada', 'hora de salida', 'heure darrivée', 'heure de départ', 'tijd in', 'tijd uit', 'ora ingresso', 'jam masuk', 'jam keluar',
  'giriş saati', 'çıkış saati', 'abfahrt', 'placa', 'instansi', 'pièce didentité',
  // A key log's key, its number, room, times issued and returned, and a card's number, in Czech, Greek (ΗΜ/ΝΙΑ for the date, ΕΙΣ. and
  // ΕΞ. for in and out, read as their final sigma lower-cases them), Lithuanian, French and Polish; a found item's object and place in Spanish.
  'klíč', 'klíč č', 'č klíče', 'výdej', 'vydáno', 'vráceno', 'místnost', 'ημ νια', 'ημ νία', 'εις', 'εξ', 'ωρα εις', 'ωρα εξ', 'ώρα εισ', 'ώρα έξ', 'ώρα επ',
  'αρ καρτας', 'κλειδί', 'raktas', 'išduota', 'grąžinta', 'entrée', 'sortie', 'godz wej', 'godz wyj', 'nr karty', 'objeto', 'lugar hallazgo',
  'datums', 'uzņēmums', 'ienāca', 'izgāja', 'laiks', 'įmonė', 'atvyko', 'išvyko', 'laikas', 'saabus', 'lahkus', 'aeg',
  // A goods-in log's carrier, trailer and seal, in English, Dutch, German, Spanish and Portuguese.
  'carrier', 'haulier', 'trailer', 'truck', 'lorry', 'container', 'seal', 'oplegger', 'aanhanger', 'spedition', 'lkw', 'anhänger', 'transportista',
  'transportadora', 'remolque', 'sello', 'lacre',
  'tarih', 'saat', 'giriş', 'çıkış', 'plaka', 'kat', 'tanggal', 'tgl', 'tarikh', 'jam', 'masa', 'perusahaan', 'syarikat', 'masuk', 'keluar',
  'nama barang', 'barang', 'jumlah', 'satuan', 'sat',
  // A delivery note's quantity and item number in our users' other languages ("Varenr.  Beskrivelse  Antal", "Cant.", "Qté").
  'antal', 'antall', 'aantal', 'anzahl', 'menge', 'cantidad', 'cant', 'quantité', 'qté', 'quantidade', 'qtd', 'quantità', 'ilość', 'mennyiség', 'kpl',
  'varenr', 'varenummer', 'artikel', 'artikelnr', 'art nr', 'artnr', 'artículo', 'articulo', 'artigo', 'articolo',
  'ngày', 'giờ', 'giờ vào', 'giờ ra', 'đơn vị', 'công ty', 'thẻ', 'biển số',
  '日期', '时间', '時間', '单位', '單位', '公司', '部门', '部門', '进入', '离开', '進入', '離開', '车牌', '車牌', '楼层', '樓層',
  '日付', '時刻', '所属', '会社', '会社名', '部署', '鍵番号', '貸出', '返却', '入館', '退館',
  '날짜', '일자', '시간', '회사', '소속', '부서', '입실', '퇴실', '차량번호',
  // A Korean access log's event time, card number, door and result.
  '이벤트시간', '일시', '출입시간', '카드번호', '출입문', '결과',
  // Thai's date, time, firm, card, in and out, and a roster's shift.
  'วันที่', 'เวลา', 'บริษัท', 'บัตร', 'เข้า', 'ออก', 'กะ',
  'תאריך', 'שעה', 'חברה', 'כניסה', 'יציאה', 'שעת כניסה', 'שעת יציאה', 'التاريخ', 'الوقت', 'الشركة', 'الدخول', 'الخروج',
  // A shift's, in our users' other languages; a site's and a floor's in Spanish and Portuguese.
  'turno', 'schicht', 'dienst', 'ploeg', 'zmiana', 'équipe', 'sitio', 'sede', 'obra', 'cliente', 'piso',
  // A meter sheet's (our users photograph them): the meter, its place, the readings before and now, what was used, in English,
  // French, Spanish, Portuguese, Italian and Dutch, written short too ("Prev Rdg", "Cons (m3)").
  'meter', 'meter no', 'meter sl', 'meter id', 'reading', 'previous', 'prev', 'present', 'pres', 'current', 'curr', 'previous reading', 'present reading',
  'current reading', 'prev reading', 'prev rdg', 'pres rdg', 'curr rdg', 'rdg', 'opening', 'closing', 'opening reading', 'closing reading',
  'consumption', 'cons', 'usage', 'units', 'kwh', 'month', 'period',
  'n compteur', 'no compteur', 'compteur', 'emplacement', 'ancien index', 'nouvel index', 'index', 'conso', 'consommation', 'mois', 'relevé', 'releve',
  'medidor', 'contador', 'lectura', 'lectura anterior', 'lectura actual', 'consumo', 'mes', 'leitura', 'leitura anterior', 'leitura atual', 'relógio',
  'contatore', 'lettura', 'lettura precedente', 'lettura attuale', 'meterstand', 'verbruik', 'maand', 'verbrauch', 'monat', 'zählernummer', 'zählerstand',
  // A rota's days.
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
// The other headings a register or form has: Notes, Purpose or Email may name someone, so shapes there are judged; so may
// Day, a register's weekday or a deployment's shift beside Night ("Post | Day | Night": its cells are the guards on days).
const OTHER_HEADINGS: ReadonlySet<string> = headingSet([...NAMELESS_HEADINGS, 'day', 'from', 'purpose', 'reason', 'purpose of visit', 'reason for visit',
  // Whom a visitor came to see, in Spanish, Portuguese, French, German, Dutch and Italian: a department ("Contabilidad", "Sala juntas B") as often as a person ("Dra. Patiño").
  'visita a', 'visitado', 'personne visitée', 'besuchte person', 'bezoekt', 'persona visitata', 'motivo', 'observaciones',
  // A register's time of entry, or an occurrence book's entry: its prose names the guards ("Handover to day shift, Manolis.").
  'entry',
  'description', 'notes', 'note', 'remarks', 'comments', 'email', 'e mail', 'address', 'role', 'position', 'contractor', 'bemerkung',
  'beskrivelse', 'beskrivning', 'beschreibung', 'omschrijving', 'descripción', 'descripcion', 'descrição', 'descricao', 'descrizione', 'opis', 'kuvaus',
  // A role's or a post's, in our users' other languages.
  'ruolo', 'rol', 'papel', 'função', 'funcao', 'función', 'funcion', 'funzione', 'mansione', 'cargo', 'puesto', 'fonction', 'rôle', 'poste', 'rolle',
  'funktion', 'functie', 'stanowisko',
  'motif', 'objet', 'cel wizyty', 'keperluan', 'amaç', 'ghi chú', '事由', '备注', '備註', '用件', '確認', '비고', '방문목적', 'תפקיד', 'דואל', 'דוא ל', 'الغرض']);

// No value, or a note in brackets where a value would be: "[signed]", "[sig]", "[illegible]", "(devuelta)"; or one
// still to come ("pending", Spanish "pendiente"), or a roster's shift nobody has yet ("UNFILLED", "open", "vacant", and so in our
// users' other languages: "VACANTE", "vago", "offen", "wolne", "libre", "kosong"; not "frei", a surname too); a
// signature's mark, "/s/"; an access log's unregistered or unknown card holder in Korean, Japanese and Chinese ("미등록", "不明").
const NOT_A_VALUE = /^(?:n\/?a|none|nil|tb[acd]|unknown|미등록|미상|없음|不明|未登録|未知|pending|pendiente|pendente|unfilled|unassigned|vacant|vacante|vaga|vago|offen|unbesetzt|wolne|libre|kosong|open|-+|—|–|\.+|\[[^\]]{1,16}\]|\/s\/)$/i;
// A note in round brackets is one in lower case ("(devuelta)", "(signed)", after a dash too: "— (no name given)"): "(Kofi)"
// may be a name.
const NOTE_IN_BRACKETS = /^(?:[-—–] ?)?\([a-z\u00df-\u00ff][^)]{0,15}\)$/;
export const isNoValue = (cell: string): boolean => NOT_A_VALUE.test(cell) || NOTE_IN_BRACKETS.test(cell);
// A firm named as one in a personal cell, the word for a firm first: "firma Alpin-Serwis" took the key, "Fa. Schindler".
const FIRM_FIRST = /^(?:firma|fa\.|empresa|company|société|società)\s/i;
// FIRM_FIRST's first letters, lower-cased: most cells start with another and skip the slice.
const FIRM_FIRST_LETTERS = new Set(['f', 'e', 'c', 's'].map((letter) => letter.charCodeAt(0)));
const isFirmFirst = (text: string, codes: Uint16Array, start: number, end: number): boolean =>
  FIRM_FIRST_LETTERS.has(codes[start]! | 32) && FIRM_FIRST.test(text.slice(start, end));
const LONGEST_NOT_A_VALUE = '['.length + 16 + ']'.length;
const LETTER = /\p{L}/u;
const MIN_PHONE_DIGITS = 7;
const NO_BREAK_SPACE = 0xa0;
const IS_DIALLING = new Uint8Array(128);
for (const character of DIALLING_CHARACTERS) IS_DIALLING[character.charCodeAt(0)] = 1;

export const isBlank = (code: number): boolean => code === SPACE || (code >= TAB && code <= 13) || code === NO_BREAK_SPACE;
export const isPersonal = (heading: string): boolean => PERSON_HEADINGS.has(heading) || PHONE_HEADINGS.has(heading);
// The personal headings whose column may hold a note, a team or a desk instead of a person: a host's ("Purchase",
// "Reception"), who did something ("Found by": "janitorial"), and a signature's (SIGNATURE_HEADINGS: "on file"). Under any
// other, a name, a visitor's, a driver's, everyday words are a name too ("FROST", "Price").
const MAY_HOLD_NOTE_HEADINGS: ReadonlySet<string> = headingSet(['host', 'anfitrion', 'anfitrión', 'anfitrião', 'anfitriao', 'to meet', 'person to meet', 'whom to meet', 'to see', 'whom to see',
  'person to see', 'visiting', 'meeting', 'contact', 'witness', 'reporter', 'requester', 'requestor', 'caller', 'assignee']);
const DONE_BY_OR_TO = / (?:by|to)$/;
const SIGNATURE_HEADINGS: ReadonlySet<string> = headingSet(SIGNATURE_HEADING_WORDS);

/**
 * What a personal column holds, for addValue(): `names` only (a name's, a visitor's, a driver's column: everyday words are a
 * name there too, "FROST"); `nameParts`, a first name's or a surname's column, where even our vocabulary's words are one
 * ("Zulu", "Said", "English" under "last_name"); `signatures`, which may hold a note as `mayHoldNote` does, and where a signer's initials are their
 * mark, no name ("JB", "R.H"); or `mayHoldNote`, a host's or a doer's column, which may hold a note or a team
 * (MAY_HOLD_NOTE_HEADINGS: "janitorial", "Purchase").
 */
export type PersonalColumn = 'names' | 'nameParts' | 'signatures' | 'mayHoldNote';

const NAME_PART_HEADINGS: ReadonlySet<string> = headingSet(['first', 'last', 'first name', 'last name', 'surname', 'forename', 'given name', 'family name',
  'vorname', 'nachname', 'apellido', 'apellidos', 'prénom', 'cognome']);

/** What a column under this personal heading holds (see PersonalColumn). */
export function personalColumnOf(heading: string): PersonalColumn {
  if (SIGNATURE_HEADINGS.has(heading)) return 'signatures';
  if (NAME_PART_HEADINGS.has(heading)) return 'nameParts';
  return MAY_HOLD_NOTE_HEADINGS.has(heading) || DONE_BY_OR_TO.test(heading) ? 'mayHoldNote' : 'names';
}
// An identifier's, a date's or a time's heading, by its last word: "employee id", "start date", "created at", "badge number";
// or an identity document's or a licence's by its first, in our users' languages too: "cedula", "licencia sspc", "dni".
const NAMELESS_LAST_WORD = /(?:^| )(?:id|no|nr|num|number|ref|code|date|time|timestamp|at)$|^(?:licencia|licence|license|cedula|cédula|dni|nie|cpf|rg|curp|rfc|nit|ruc|rut|permit)(?: |$)/;
/** Whether a column under this heading holds no names (asked after isPersonal(): "contact no" is a phone's). */
export const isNameless = (heading: string): boolean => NAMELESS_HEADINGS.has(heading) || NAMELESS_LAST_WORD.test(heading);
/**
 * Whether a header's `named` headings, `known` of them this file's, are all headings and no names: all but one known. A
 * heading is no name though shaped like one ("Vehicle Reg", "White Card #", "ORG"); a misread line with more it does not
 * know may hold a name, and is judged as text.
 */
export const areSettledHeadings = (named: number, known: number): boolean => named - known <= 1;
export const isHeading = (heading: string): boolean => isPersonal(heading) || OTHER_HEADINGS.has(heading) || NAMELESS_LAST_WORD.test(heading);

/**
 * A cell's text as a heading: lower case, apostrophes dropped, every other run of non-letters one space ("Visitor's Name:"
 * → "visitors name"); an accented letter is a letter ("Rückgabe", "SAÍDA", "Pobrał"). A heading in two languages, parted by a
 * slash, is read as the part that is a personal heading, else the part that is a heading: "NOM / NAAM" is "nom", "SOCIÉTÉ /
 * FIRMA" is "société" (a part of MIN_SLASHED_PART_LETTERS letters or more: "S/N" and "A/C" are one heading).
 */
const CAMEL_CASE_JOIN = /([a-z])([A-Z])/g;
const NOT_A_LETTER = /[^\p{L}\p{M}]+/gu;
const DOTTED_I = /i\u0307/g;
const MIN_SLASHED_PART_LETTERS = 3;

export function headingOf(text: string, codes: Uint16Array, [start, end]: [number, number]): string {
  // The cell's own characters are looked through once, for a slash and an '@': a search of the text would read on past the
  // cell, line after line. An address is no heading: read as words, "nina.aas@bygningsdrift-vest.no" ended with "no", a
  // number's heading.
  let hasSlash = false;
  for (let index = start; index < end; index++) {
    if (codes[index] === AT_SIGN) return '';
    if (codes[index] === SLASH) hasSlash = true;
  }
  if (hasSlash) {
    const parts = slashedHeadings(text, codes, start, end);
    return parts === undefined ? singleHeadingOf(text, codes, start, end) : slashedHeading(parts);
  }
  const heading = singleHeadingOf(text, codes, start, end);
  if (isHeading(heading)) return heading;
  const unitAt = unitInBracketsAt(text, codes, start, end);
  if (unitAt !== -1) {
    const beforeUnit = singleHeadingOf(text, codes, start, unitAt);
    if (isHeading(beforeUnit)) return beforeUnit;
  }
  return bilingualHeading(heading);
}

// A unit's or a note's brackets are short: " (kWh)", " (m3/h)", " (print)", " (Rs/unit)".
const LONGEST_UNIT_IN_BRACKETS = 10;

/**
 * Where a heading's unit or note in round brackets at its end starts ("CONSO (kWh)", "Cons (m3)", "Qty (pcs)", "Name (print)"),
 * or -1: the heading is the words before it.
 */
function unitInBracketsAt(text: string, codes: Uint16Array, start: number, end: number): number {
  while (end > start && codes[end - 1] === SPACE) end--;
  if (codes[end - 1] !== RIGHT_PARENTHESIS) return -1;
  const open = text.lastIndexOf(' (', end);
  return open > start && end - open <= LONGEST_UNIT_IN_BRACKETS ? open : -1;
}

// A letter of a script other than Latin's (and its accented letters): Chinese, Japanese, Korean, Arabic, Hebrew, Greek …
const NON_LATIN_LETTER = /[^\p{Script=Latin}\s]/u;

/**
 * A heading in two scripts parted by a blank, as a bilingual register prints them ("Name 姓名", "氏名 Name", "Tel 電話"): read as
 * slashedHeading() reads its parts, the words of one script and of the other. Any other heading as it is.
 */
function bilingualHeading(heading: string): string {
  if (!heading.includes(' ') || !NON_LATIN_LETTER.test(heading)) return heading;
  const latin: string[] = [];
  const other: string[] = [];
  for (const word of heading.split(' ')) (NON_LATIN_LETTER.test(word) ? other : latin).push(word);
  return latin.length === 0 ? heading : slashedHeading([latin.join(' '), other.join(' ')]);
}

/**
 * The heading a column headed in parts reads as: a personal part where the others are personal or unknown (its translation:
 * "Entregado a / DNI"), else a heading part where none is personal, one whose cells are judged before a nameless one
 * ("Empresa / Visita a"); parts of different kinds ("Company / Visiting": a firm
 * or the person visited) are read as one heading this file does not know, whose cells are judged as text.
 */
function slashedHeading(parts: string[]): string {
  const personal = parts.find(isPersonal);
  const others = parts.filter((part) => part !== personal && isHeading(part));
  if (personal !== undefined) return others.every(isPersonal) ? personal : parts.join(' ');
  return others.find((part) => !isNameless(part)) ?? others[0] ?? parts.join(' ');
}

/** The headings of a heading's parts parted by slashes, or undefined if a part is too short to be one on its own. */
function slashedHeadings(text: string, codes: Uint16Array, start: number, end: number): string[] | undefined {
  const parts: string[] = [];
  let partStart = start;
  for (let index = start; index <= end; index++) {
    if (index < end && codes[index] !== SLASH) continue;
    const heading = singleHeadingOf(text, codes, partStart, index);
    if (heading.replace(/ /g, '').length < MIN_SLASHED_PART_LETTERS) return undefined;
    parts.push(heading);
    partStart = index + 1;
  }
  return parts;
}

function singleHeadingOf(text: string, codes: Uint16Array, start: number, end: number): string {
  while (start < end && codes[start] === SPACE) start++;
  while (end > start && codes[end - 1] === SPACE) end--;
  const cellText = text.slice(start, end);
  // Most headings are letters and single spaces already ("TIME", "Visitor Name"): lower-casing is all they need.
  let plain = true;
  for (let index = start; index < end && plain; index++) {
    const code = codes[index]!;
    // A capital after a lower-case letter joins camel-case words ("FirstName"): read as "first name".
    plain = (isAsciiLetter(code) && !(isAsciiUpper(code) && isAsciiLower(codes[index - 1]!) && index > start)) || (code === SPACE && index > start && codes[index - 1] !== SPACE);
  }
  // Turkish's dotted capital İ lower-cases to "i" and a combining dot: read as "i" ("İmza", "İSİM").
  return plain ? cellText.toLowerCase() : cellText.replace(CAMEL_CASE_JOIN, '$1 $2').toLowerCase().replace(DOTTED_I, 'i').replace(/['’]/g, '').replace(NOT_A_LETTER, ' ').trim();
}

// A word this short alone is initials ("AS", "sh", "JP") unless a common word in lower case.
const MAX_INITIALS = 3;

/**
 * Whether the ASCII word text[start, end) is everyday English and no name: a common word, or a rarer one in lower case
 * ("janitorial"); `alone`, a short one is initials ("AS", "sh") unless common and in lower case.
 */
function isEverydayWord(text: string, codes: Uint16Array, start: number, end: number, alone: boolean): boolean {
  if ((wordFlags(text, codes, start, end) & (LEXICON_NAME | WORD_NAME)) !== 0) return false;
  if (alone && end - start <= MAX_INITIALS) return isAsciiLower(codes[start]!) && isCommonEnglishWord(text, start, end);
  return isCommonEnglishWord(text, start, end) || (isAsciiLower(codes[start]!) && isEnglishWord(text, start, end));
}

/** Whether a hyphen at `at` joins two lower-case words, as a compound of everyday ones is written ("guard-tour"). */
const isLowerCaseHyphenAt = (codes: Uint16Array, at: number): boolean => codes[at] === HYPHEN && isAsciiLower(codes[at - 1] ?? 0) && isAsciiLower(codes[at + 1] ?? 0);

/**
 * Whether text[start, end) is words of everyday English and no name ("ALL SECURE", "janitorial", "guard-tour", not "MERCY"):
 * under a personal heading, a note or a team, not a person; after a personal cell's first piece, a remarks column's that OCR
 * set too far left (aligned-columns.ts: "22:04  ODUYA  ALL SECURE").
 */
export function isEverydayWords(text: string, codes: Uint16Array, start: number, end: number): boolean {
  for (let wordStart = start; wordStart < end;) {
    let wordEnd = wordStart;
    while (wordEnd < end && isAsciiLetter(codes[wordEnd]!)) wordEnd++;
    if (wordEnd === wordStart || (codes[wordEnd] !== SPACE && !isLowerCaseHyphenAt(codes, wordEnd) && wordEnd < end)) return false;
    if (!isEverydayWord(text, codes, wordStart, wordEnd, wordStart === start && wordEnd === end)) return false;
    wordStart = wordEnd;
    while (wordStart < end && (codes[wordStart] === SPACE || codes[wordStart] === HYPHEN)) wordStart++;
  }
  return true;
}

// The last word of a cell that says who came by their trade or their firm, not their name: "Otis contractor", "Medline Pharma
// rep", "Steris eng.", "Pest control team", "iFood entregador". In lower case: "Tom Driver" is a name.
const TRADE_WORDS: ReadonlySet<string> = new Set(['contractor', 'contractors', 'rep', 'reps', 'vendor', 'team', 'crew', 'technician', 'tech', 'engineer',
  'eng', 'electrician', 'plumber', 'courier', 'staff', 'supplier', 'agency', 'entregador', 'repartidor', 'técnico', 'tecnico', 'monteur', 'techniker',
  'delivery', 'driver', 'rider']);
// A trade's word first, in any case, then a dash or a colon and one word, whom for: "DELIVERY - FEDEX", "Courier - Amazon"
// (not "Driver: Tom Smith", a name after its role).
const TRADE_FIRST = /^(?:delivery|courier|driver|rider|contractor|vendor|supplier)\s*[-–—:]\s*[^\s]+$/i;
const LONGEST_TRADE_FIRST_CELL = 40;

/** Whether the cell text[start, end) names a trade, not a person: its trade's word last in lower case, or first (TRADE_FIRST). */
function isTradeCell(text: string, codes: Uint16Array, start: number, end: number): boolean {
  let lastEnd = end;
  if (codes[lastEnd - 1] === DOT) lastEnd--;
  let lastStart = lastEnd;
  while (lastStart > start && (isAsciiLetter(codes[lastStart - 1]!) || codes[lastStart - 1]! >= 128)) lastStart--;
  if (lastStart > start && lastEnd > lastStart && isAsciiLower(codes[lastStart]!) && TRADE_WORDS.has(text.slice(lastStart, lastEnd))) return true;
  return end - start <= LONGEST_TRADE_FIRST_CELL && TRADE_FIRST.test(text.slice(start, end));
}

/**
 * Whether the cell text[start, end) says who came by their trade, not their name: everyday words (isEverydayWords()), or a
 * trade's word last in lower case (TRADE_WORDS), a note in brackets after either dropped ("Electrician (Shift B)", "Diesel
 * vendor (IOCL tanker)").
 */
function isDescription(text: string, codes: Uint16Array, start: number, end: number): boolean {
  let wordsEnd = end;
  if (codes[end - 1] === RIGHT_PARENTHESIS) {
    const open = text.lastIndexOf(' (', end);
    if (open > start) wordsEnd = open;
  }
  if (isTradeCell(text, codes, start, wordsEnd)) return true;
  return wordsEnd > start && isEverydayWords(text, codes, start, wordsEnd);
}

export interface Found { person: number[]; phone: number[]; nameless: number[] }

/** Whether codes[start, end) holds an ASCII digit. */
export function hasDigitIn(codes: Uint16Array, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (isAsciiDigit(codes[index]!)) return true;
  return false;
}

// A staff code, capitals then a number: a meter reader's "MR-14", "M.R-14" or "MR 11" under "Read by" ("Tom 12" may be Tom).
const SHORT_CODE = /^[A-Z](?:\.?[A-Z]){0,3}\.?[- ]?\d{2,4}$/;
const LONGEST_SHORT_CODE = 12;

/**
 * Whether text[start, end), a word or two, is a staff code (SHORT_CODE) or holds an identifier: a letter or '_' with two
 * digits or more right after it ("usr_2207", "Tenant L12"). A name OCR gave a digit has one among its letters ("Jo5eph"), and
 * folding reads most back as letters; a name with its ID card's number after it is three words or more ("Ana García 2O44l871M").
 */
function hasIdentifierAt(text: string, codes: Uint16Array, start: number, end: number): boolean {
  if (end - start <= LONGEST_SHORT_CODE && SHORT_CODE.test(text.slice(start, end))) return true;
  let blanks = 0;
  for (let index = start; index < end; index++) if (codes[index] === SPACE && ++blanks > 1) return false;
  for (let index = start + 1; index + 1 < end; index++) {
    if (isAsciiDigit(codes[index]!) && isAsciiDigit(codes[index + 1]!) && (isAsciiLetter(codes[index - 1]!) || codes[index - 1] === UNDERSCORE)) return true;
  }
  return false;
}

/**
 * Where the cell text[start, end) ends before a note in brackets last in it that holds a digit, a work order's or an ID's
 * ("Carrier (OT-5572)", "Téc. CFE (orden 88412)"): the value is the words before it, judged alone. Else `end`.
 */
function endBeforeReferenceNote(codes: Uint16Array, start: number, end: number): number {
  let last = end;
  while (last > start && codes[last - 1] === SPACE) last--;
  if (codes[last - 1] !== RIGHT_PARENTHESIS) return end;
  let open = last - 2;
  let digit = false;
  while (open > start && codes[open] !== LEFT_PARENTHESIS) if (isAsciiDigit(codes[open--]!)) digit = true;
  if (!digit || codes[open] !== LEFT_PARENTHESIS || codes[open - 1] !== SPACE) return end;
  let valueEnd = open - 1;
  while (valueEnd > start && codes[valueEnd - 1] === SPACE) valueEnd--;
  return valueEnd > start ? valueEnd : end;
}

// A signer's initials: three letters at most, a dot or a hyphen after each ("JB", "mdc", "R.H", "J.H.", "M.N-F").
const MAX_SIGNATURE_INITIALS = 3;
export const LONGEST_SIGNATURE_INITIALS = 2 * MAX_SIGNATURE_INITIALS;

// Initials with a particle's or a "Mc"'s small letters, an apostrophe's, another script's capitals, or two signers' parted by
// a slash: "JvdM" (J. van der Meulen), "CMcK", "CO'N", "AÖ", "GP/NK".
const OTHER_INITIALS = /^(?:\p{Lu}(?:v|d|vd|de)\p{Lu}{1,2}|\p{Lu}{0,2}Mc\p{Lu}|\p{Lu}{1,2}['’]\p{Lu}|\p{Lu}{2,3}|\p{Lu}{1,3}(?:\/\p{Lu}{1,3})+)$/u;
const LONGEST_OTHER_INITIALS = 7;

// Four capitals are a signer's initials too unless a name ("MKJO", not "JOHN").
const FOUR_CAPITALS = /^\p{Lu}{4}$/u;
const FOUR_INITIALS = 4;

const LATIN_FIRST_ACCENTED = 0xc0;
const LATIN_LAST_EXTENDED = 0x24f;
const MULTIPLICATION_SIGN = 0xd7;
const DIVISION_SIGN = 0xf7;
const GREEK_CAPITAL_ALPHA = 0x391;
const GREEK_CAPITAL_OMEGA = 0x3a9;
const CYRILLIC_CAPITAL_A = 0x410;
const CYRILLIC_CAPITAL_YA = 0x42f;
/**
 * Whether the code is a Latin letter (with its accent too: Turkish "mş", "hö"), or a Greek or Cyrillic capital: a letter
 * initials are written with ("Ν.Π.", "К.А.").
 */
const isInitialLetter = (code: number): boolean => isAsciiLetter(code)
  || (code >= LATIN_FIRST_ACCENTED && code <= LATIN_LAST_EXTENDED && code !== MULTIPLICATION_SIGN && code !== DIVISION_SIGN)
  || (code >= GREEK_CAPITAL_ALPHA && code <= GREEK_CAPITAL_OMEGA) || (code >= CYRILLIC_CAPITAL_A && code <= CYRILLIC_CAPITAL_YA);

/**
 * Whether the cell text[start, end) is a signer's initials, not a name: not a short first name ("Ann", "Raj", "Ed"). A
 * scribble's stroke after them is OCR's reading of the pen ("ec~").
 */
export function isSignatureInitials(text: string, codes: Uint16Array, start: number, end: number): boolean {
  if (end - start <= LONGEST_OTHER_INITIALS && OTHER_INITIALS.test(text.slice(start, end))) {
    return end - start > MAX_SIGNATURE_INITIALS || (wordFlags(text, codes, start, end) & LEXICON_NAME) === 0;
  }
  if (end - start === FOUR_INITIALS && FOUR_CAPITALS.test(text.slice(start, end))) return (wordFlags(text, codes, start, end) & LEXICON_NAME) === 0;
  while (end > start + 1 && codes[end - 1] === TILDE) end--;
  let letters = 0;
  for (let index = start; index < end; index++) {
    const code = codes[index]!;
    if (isInitialLetter(code)) {
      if (++letters > MAX_SIGNATURE_INITIALS) return false;
    } else if (!((code === DOT || code === HYPHEN) && index > start && isInitialLetter(codes[index - 1]!))) {
      return false;
    }
  }
  return letters > 0 && !(letters > 1 && end - start === letters && (wordFlags(text, codes, start, end) & LEXICON_NAME) !== 0);
}

// A room, a floor, an extension or a bay with its number, where a host's or a phone's cell says where, not who: "12/F Rm 1203",
// "IT room 2F", "Plant rm L-2", "ext 312", "Ward 7B".
// An extension in our users' other languages too: "分機 2281", "内線 3302", "내선 12", "Durchwahl 14", "poste 214", "ramal 31", "anexo 5".
const PLACE_IN_BUILDING = /(?:^|[^\p{L}])(?:rm|room|ext|extn|floor|flr|fl|level|lvl|bay|dock|gate|unit|ward|suite|ste|block|blk|hse|house|lift|elevator|lobby|分機|分机|內線|内线|内線|내선|durchwahl|dw|poste|ramal|anexo|interno|dahili|wewn)\.?[ ]?[A-Za-z]?-?[0-9OolI]*\d|\d\/F(?![\p{L}])/iu;

// A room's, a floor's or a department's word written short, without a number: "Records Rm", "22nd fl", "pest ctrl bsmt", "Fac.
// Mgmt", "Maint.", "recep", "F&B Pantry" under "Host" say where or which team, not who.
const PLACE_OR_DEPARTMENT_WORD = /(?:^|[^\p{L}])(?:rm|fl|flr|bsmt|recep|lvl|blk|dept|mgmt|maint|ctrl|admin|pantry|mailrm|mailroom)\.?(?!\p{L})/iu;

/** Whether `word` is a room's, a floor's or a department's word written short (above): "ctrl", "Mgmt". */
export const isPlaceOrDepartmentWord = (word: string): boolean => PLACE_OR_DEPARTMENT_WORD.test(word);

/** Whether the cell text[start, end) names a place or a department by its word (above), and no word of it is a lexicon name. */
function isPlaceOrDepartmentCell(text: string, codes: Uint16Array, start: number, end: number): boolean {
  return PLACE_OR_DEPARTMENT_WORD.test(text.slice(start, end)) && !hasWordWithFlags(text, codes, start, end, LEXICON_NAME);
}

/**
 * Adds a personal cell to the cells of its kind (by what it holds), unless it holds no value, a trade's ("Otis contractor",
 * "DELIVERY - FEDEX": isTradeCell()), a signer's initials in a signatures column, a room's or an extension's number
 * (PLACE_IN_BUILDING), a room's or a department's word written short (PLACE_OR_DEPARTMENT_WORD), or, unless the column holds names only, a description (a note or a team under "Found by" or "Host":
 * "janitorial", "Purchase").
 */
export function addValue(text: string, codes: Uint16Array, [start, end]: [number, number], found: Found, column: PersonalColumn = 'mayHoldNote'): void {
  if (start === end || (end - start <= LONGEST_NOT_A_VALUE && isNoValue(text.slice(start, end)))) return;
  end = endBeforeReferenceNote(codes, start, end);
  if (column === 'signatures' && end - start <= Math.max(LONGEST_SIGNATURE_INITIALS, LONGEST_OTHER_INITIALS) && isSignatureInitials(text, codes, start, end)) return;
  // Up to the first letter (or non-ASCII character, which may be one): a name's cell stops at once.
  let digits = 0;
  let dialling = true;
  let letterAt = -1;
  for (let index = start; index < end; index++) {
    const code = codes[index]!;
    if (isAsciiDigit(code)) {
      digits++;
    } else if (isAsciiLetter(code) || code >= 128) {
      letterAt = index;
      break;
    } else if (IS_DIALLING[code] === 0) {
      dialling = false;
    }
  }
  if (letterAt === -1) {
    if (dialling && digits >= MIN_PHONE_DIGITS) found.phone.push(start, end);
    return;
  }
  if ((isAsciiLetter(codes[letterAt]!) || LETTER.test(text.slice(start, end))) && (column === 'nameParts' || !isOnlyVocabulary(text, codes, start, end))
    && !isFirmFirst(text, codes, letterAt, end) && !(column === 'names' || column === 'nameParts' ? isTradeCell(text, codes, start, end) : isDescription(text, codes, start, end)) && !hasIdentifierAt(text, codes, letterAt, end)
    && !((digits > 0 || hasDigitIn(codes, letterAt, end)) && PLACE_IN_BUILDING.test(text.slice(start, end))) && !isPlaceOrDepartmentCell(text, codes, letterAt, end)) {
    found.person.push(start, end);
  }
}

