"""Static data pools for the deterministic demo-data generator.

Everything here is invented demo material: the personal names are common real names drawn
at random by the generator, never real people; firms, caretakers and staff are fictitious.
Places (districts, streets) are real places in Soest so that addresses look familiar.

Name spelling follows the Latin form found in passports and German identity documents:
Ukrainian names use the Ukrainian national (passport) transliteration (Oleksandr, Serhii,
Yuliia), Russian names the ICAO Doc 9303 transliteration (Aleksandr, Sergei, Iuliia),
Turkish names keep their Turkish letters (Yılmaz, Şahin), Arabic, Dari/Pashto and Persian
names use the spellings common in German documents (Mohammed, Hussein, Ahmadi).

Text templates may contain the placeholder ``{unit}`` (the unit label, e.g. ``"1.04"``) and
no other braces, so they can be filled with ``str.format(unit=...)``. They never mention
residents by name.
"""

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class NamePool:
    """Names and languages for one nationality.

    ``family`` holds the masculine (or gender-neutral) form. ``family_female`` is empty when
    family names do not change with gender; otherwise it is index-aligned with ``family``
    and holds the feminine form (Ivanov -> Ivanova).
    """

    male_given: tuple[str, ...]
    female_given: tuple[str, ...]
    family: tuple[str, ...]
    languages: tuple[str, ...]  # ISO 639-1, first = main language
    script_names: bool  # True when names are commonly written in a non-Latin script
    family_female: tuple[str, ...] = ()


# ---------------------------------------------------------------------------
# Nationalities: (ISO 3166-1 alpha-3, German name, weight). Weights sum to 1.0 and roughly
# follow the mix of people with a protection status / in the asylum procedure in Germany
# (Ukraine ~35 %, Syria ~18 %, Afghanistan ~12 %, Turkey ~8 %, Iraq ~6 %, ...).
# ---------------------------------------------------------------------------

NATIONALITIES: Final[tuple[tuple[str, str, float], ...]] = (
    ("UKR", "Ukraine", 0.35),
    ("SYR", "Syrien", 0.18),
    ("AFG", "Afghanistan", 0.12),
    ("TUR", "Türkei", 0.08),
    ("IRQ", "Irak", 0.06),
    ("ERI", "Eritrea", 0.03),
    ("IRN", "Iran", 0.03),
    ("SOM", "Somalia", 0.025),
    ("RUS", "Russische Föderation", 0.025),
    ("GEO", "Georgien", 0.02),
    ("COL", "Kolumbien", 0.02),
    ("NGA", "Nigeria", 0.015),
    ("GIN", "Guinea", 0.015),
    ("PAK", "Pakistan", 0.015),
    ("ETH", "Äthiopien", 0.015),
)

# fmt: off
NAMES: Final[dict[str, NamePool]] = {
    # Ukrainian national transliteration (as in Ukrainian passports). All family names are
    # gender-neutral; several given names have Russian counterparts in the RUS pool
    # (Oleksandr/Aleksandr, Olena/Elena, Serhii/Sergei, Andrii/Andrei, Dmytro/Dmitrii,
    # Yuliia/Iuliia, Nataliia/Natalia) and Kovalenko occurs in both pools.
    "UKR": NamePool(
        male_given=(
            "Oleksandr", "Serhii", "Andrii", "Dmytro", "Mykola", "Volodymyr", "Oleh",
            "Yurii", "Ivan", "Vasyl", "Petro", "Mykhailo", "Viktor", "Ihor", "Taras",
            "Bohdan", "Maksym", "Artem", "Denys", "Vitalii", "Roman", "Pavlo", "Anatolii",
            "Yevhen", "Vadym", "Ruslan", "Oleksii", "Yaroslav", "Kyrylo", "Stanislav",
        ),
        female_given=(
            "Olena", "Yuliia", "Nataliia", "Oksana", "Tetiana", "Iryna", "Svitlana",
            "Liudmyla", "Halyna", "Kateryna", "Anastasiia", "Mariia", "Olha", "Viktoriia",
            "Valentyna", "Larysa", "Nadiia", "Khrystyna", "Alina", "Daryna", "Sofiia",
            "Yana", "Inna", "Tamara", "Lesia", "Hanna", "Vira", "Liubov", "Zoia",
        ),
        family=(
            "Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk",
            "Boiko", "Koval", "Oliinyk", "Shevchuk", "Polishchuk", "Lysenko", "Marchenko",
            "Savchenko", "Rudenko", "Moroz", "Kovalchuk", "Tkachuk", "Ponomarenko",
            "Kravets", "Klymenko", "Pavlenko", "Levchenko", "Karpenko", "Vasylenko",
            "Petrenko", "Honcharenko", "Bondar", "Havryliuk", "Kuzmenko", "Sydorenko",
            "Zinchenko",
        ),
        languages=("uk", "ru"),
        script_names=True,
    ),
    "SYR": NamePool(
        male_given=(
            "Mohammed", "Mohammad", "Ahmad", "Mahmoud", "Khaled", "Omar", "Ali", "Hussein",
            "Hassan", "Abdullah", "Yousef", "Ibrahim", "Mustafa", "Samer", "Fadi", "Rami",
            "Ammar", "Anas", "Bilal", "Hamza", "Walid", "Tarek", "Majd", "Kinan", "Ayham",
            "Jamal", "Karim", "Saleh", "Mazen", "Ziad", "Firas", "Azad", "Alan",
        ),
        female_given=(
            "Fatima", "Aisha", "Mariam", "Noor", "Rania", "Rasha", "Hiba", "Lina", "Reem",
            "Sara", "Amal", "Huda", "Zainab", "Yasmin", "Layla", "Dima", "Rama", "Rahaf",
            "Ghada", "Samar", "Manal", "Hanan", "Salma", "Asmaa", "Bushra", "Nisreen",
            "Ruba", "Malak", "Berivan", "Rojin",
        ),
        family=(
            "Al-Hassan", "Khalil", "Haddad", "Nasser", "Al-Ahmad", "Al-Ali", "Al-Mohammad",
            "Al-Hussein", "Al-Khatib", "Darwish", "Hamdan", "Ibrahim", "Mansour", "Saleh",
            "Suleiman", "Younes", "Othman", "Hammoud", "Al-Omar", "Al-Halabi", "Al-Shami",
            "Kassem", "Issa", "Sheikho", "Al-Hamwi", "Mustafa",
        ),
        languages=("ar", "ku"),
        script_names=True,
    ),
    # "fa" stands for Dari here.
    "AFG": NamePool(
        male_given=(
            "Mohammad", "Ahmad", "Ali", "Hamid", "Farid", "Jawad", "Mustafa", "Rahmatullah",
            "Hekmatullah", "Zabihullah", "Ezatullah", "Habibullah", "Shafiq", "Wahid",
            "Javid", "Karim", "Nasir", "Omid", "Bilal", "Hussain", "Murtaza", "Reza",
            "Sohrab", "Mansoor", "Fawad", "Farhad", "Ajmal", "Elyas", "Yama", "Sami",
        ),
        female_given=(
            "Fatima", "Zahra", "Maryam", "Masooma", "Nargis", "Farzana", "Marzia", "Shabnam",
            "Parwana", "Freshta", "Mursal", "Sahar", "Hadisa", "Nilofar", "Roya", "Sima",
            "Laila", "Homa", "Malalai", "Khadija", "Zarghuna", "Soraya", "Tahmina",
            "Frozan", "Wahida", "Habiba", "Gulalai", "Najiba",
        ),
        family=(
            "Ahmadi", "Hakimi", "Rahimi", "Sultani", "Noori", "Mohammadi", "Karimi",
            "Hashimi", "Hussaini", "Rezaei", "Jafari", "Azizi", "Habibi", "Amiri", "Popal",
            "Stanekzai", "Safi", "Wardak", "Sadat", "Nazari", "Haidari", "Qaderi", "Samadi",
            "Yousufzai", "Durrani", "Akbari", "Sharifi", "Niazi", "Zazai",
        ),
        languages=("fa", "ps"),
        script_names=True,
    ),
    "TUR": NamePool(
        male_given=(
            "Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail",
            "Osman", "Yusuf", "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah",
            "Mahmut", "Recep", "Emre", "Burak", "Serkan", "Kemal", "Cem", "Onur", "Furkan",
            "Enes", "Kadir", "Baran", "Serhat",
        ),
        female_given=(
            "Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife",
            "Zehra", "Sultan", "Hanife", "Merve", "Esra", "Büşra", "Derya", "Özlem", "Gül",
            "Songül", "Gülsüm", "Hülya", "Leyla", "Aysel", "Dilan", "Rojda", "Berfin",
            "Nazlı", "Sevgi", "Tuğba",
        ),
        family=(
            "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk",
            "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç",
            "Kurt", "Özkan", "Şimşek", "Polat", "Korkmaz", "Güneş", "Aksoy", "Aktaş",
            "Tekin", "Bulut", "Keskin", "Ünal", "Yavuz", "Acar", "Ekinci",
        ),
        languages=("tr", "ku"),
        script_names=False,
    ),
    "IRQ": NamePool(
        male_given=(
            "Mohammed", "Ali", "Hussein", "Hassan", "Abbas", "Ahmed", "Mustafa", "Haider",
            "Karrar", "Ammar", "Omar", "Yasser", "Zaid", "Murtadha", "Mahdi", "Sajjad",
            "Ibrahim", "Khalid", "Saif", "Kawa", "Rebin", "Dilshad", "Hemin", "Khudeda",
        ),
        female_given=(
            "Zainab", "Fatima", "Maryam", "Noor", "Hawraa", "Zahraa", "Ruqaya", "Sara",
            "Shaimaa", "Rusul", "Ayat", "Shahad", "Dalal", "Shilan", "Avin", "Nasrin",
            "Nadia", "Bayan",
        ),
        family=(
            "Al-Jabouri", "Al-Obaidi", "Al-Saadi", "Al-Tamimi", "Al-Dulaimi", "Al-Khafaji",
            "Al-Musawi", "Al-Zubaidi", "Al-Shammari", "Al-Rubaie", "Al-Bayati", "Hussein",
            "Abbas", "Kareem", "Khalaf", "Murad", "Rashid", "Qadir",
        ),
        languages=("ar", "ku"),
        script_names=True,
    ),
    # Family name = father's given name (patronymic system).
    "ERI": NamePool(
        male_given=(
            "Yonas", "Tesfay", "Filmon", "Mulugeta", "Mehari", "Dawit", "Yohannes", "Biniam",
            "Robel", "Habtom", "Amanuel", "Kibrom", "Henok", "Natnael", "Merhawi", "Goitom",
            "Tedros", "Efrem", "Yemane", "Samson", "Mussie", "Idris",
        ),
        female_given=(
            "Semhar", "Helen", "Selam", "Senait", "Luwam", "Saba", "Ruta", "Yordanos",
            "Feven", "Hiwet", "Winta", "Tsega", "Abeba", "Eden", "Rahel", "Almaz",
            "Danait", "Amna",
        ),
        family=(
            "Tesfamariam", "Ghebremedhin", "Haile", "Kidane", "Berhane", "Woldu", "Tekle",
            "Ghebreyesus", "Habte", "Mehari", "Tesfay", "Weldemichael", "Andemariam",
            "Zerai", "Asmerom", "Kahsay", "Negash", "Tewelde", "Ghirmay", "Abraha",
            "Fesehaye", "Teklehaimanot",
        ),
        languages=("ti", "ar"),
        script_names=True,
    ),
    "IRN": NamePool(
        male_given=(
            "Ali", "Mohammad", "Hossein", "Reza", "Mehdi", "Amir", "Hamid", "Saeed",
            "Mohsen", "Majid", "Behnam", "Arash", "Babak", "Dariush", "Farhad", "Kourosh",
            "Milad", "Navid", "Omid", "Pouya", "Sina", "Soroush", "Vahid", "Ehsan",
        ),
        female_given=(
            "Maryam", "Zahra", "Fatemeh", "Narges", "Sara", "Mahsa", "Shirin", "Leila",
            "Nasrin", "Parisa", "Roya", "Setareh", "Mina", "Azadeh", "Elham", "Nazanin",
            "Shiva", "Yasaman", "Fereshteh",
        ),
        family=(
            "Hosseini", "Mohammadi", "Rezaei", "Ahmadi", "Moradi", "Karimi", "Jafari",
            "Rahimi", "Hashemi", "Mousavi", "Ghasemi", "Sadeghi", "Kazemi", "Tehrani",
            "Rostami", "Shirazi", "Akbari", "Ebrahimi", "Rahmani", "Najafi", "Heidari",
            "Abbasi",
        ),
        languages=("fa",),
        script_names=True,
    ),
    # Family name = father's given name.
    "SOM": NamePool(
        male_given=(
            "Mohamed", "Abdi", "Ahmed", "Abdullahi", "Hassan", "Ali", "Omar", "Ibrahim",
            "Yusuf", "Abdirahman", "Abdirisaq", "Farah", "Ismail", "Mahad", "Abdikadir",
            "Liban", "Guled", "Hamza",
        ),
        female_given=(
            "Fadumo", "Hodan", "Amina", "Asha", "Halimo", "Sahra", "Hawa", "Nimco", "Ifrah",
            "Sagal", "Ubah", "Ayan", "Deeqa", "Khadija", "Maryan", "Ladan", "Hibaq",
        ),
        family=(
            "Mohamed", "Ali", "Hassan", "Abdi", "Ahmed", "Omar", "Farah", "Warsame", "Jama",
            "Osman", "Hussein", "Aden", "Abdullahi", "Egal", "Nur", "Hersi", "Dirie",
            "Ismail", "Yusuf", "Shire", "Elmi",
        ),
        languages=("so", "ar"),
        script_names=False,
    ),
    # ICAO Doc 9303 transliteration as in current Russian passports. Family names are
    # gendered; family_female is index-aligned.
    "RUS": NamePool(
        male_given=(
            "Aleksandr", "Sergei", "Andrei", "Dmitrii", "Aleksei", "Vladimir", "Nikolai",
            "Mikhail", "Ivan", "Evgenii", "Maksim", "Artem", "Denis", "Pavel", "Oleg",
            "Iurii", "Igor", "Roman", "Viktor", "Anton",
        ),
        female_given=(
            "Elena", "Iuliia", "Natalia", "Tatiana", "Olga", "Ekaterina", "Anastasiia",
            "Mariia", "Irina", "Svetlana", "Anna", "Daria", "Kseniia", "Liudmila",
            "Galina", "Marina", "Valentina", "Polina", "Nadezhda", "Viktoriia",
        ),
        family=(
            "Ivanov", "Smirnov", "Kuznetsov", "Popov", "Vasilev", "Petrov", "Sokolov",
            "Mikhailov", "Novikov", "Fedorov", "Morozov", "Volkov", "Alekseev", "Lebedev",
            "Semenov", "Egorov", "Pavlov", "Kozlov", "Stepanov", "Nikolaev", "Orlov",
            "Andreev", "Makarov", "Zakharov", "Kovalenko",
        ),
        family_female=(
            "Ivanova", "Smirnova", "Kuznetsova", "Popova", "Vasileva", "Petrova", "Sokolova",
            "Mikhailova", "Novikova", "Fedorova", "Morozova", "Volkova", "Alekseeva",
            "Lebedeva", "Semenova", "Egorova", "Pavlova", "Kozlova", "Stepanova",
            "Nikolaeva", "Orlova", "Andreeva", "Makarova", "Zakharova", "Kovalenko",
        ),
        languages=("ru",),
        script_names=True,
    ),
    "GEO": NamePool(
        male_given=(
            "Giorgi", "Davit", "Levan", "Irakli", "Nika", "Luka", "Zurab", "Giga", "Lasha",
            "Beka", "Tornike", "Mikheil", "Nikoloz", "Otar", "Revaz", "Tamaz", "Vakhtang",
            "Shota", "Gela", "Temur",
        ),
        female_given=(
            "Nino", "Tamar", "Mariam", "Ana", "Eka", "Ketevan", "Natia", "Salome", "Nana",
            "Maia", "Tea", "Sopio", "Manana", "Lela", "Tinatin", "Khatuna", "Marina",
        ),
        family=(
            "Beridze", "Kapanadze", "Gelashvili", "Maisuradze", "Giorgadze", "Lomidze",
            "Tsiklauri", "Bolkvadze", "Nozadze", "Khutsishvili", "Mikeladze", "Abuladze",
            "Tabatadze", "Gogoladze", "Chkheidze", "Shengelia", "Janelidze", "Tsertsvadze",
            "Kiknadze", "Mchedlishvili", "Dolidze",
        ),
        languages=("ka", "ru"),
        script_names=True,
    ),
    "COL": NamePool(
        male_given=(
            "Juan", "Carlos", "Andrés", "Luis", "Jorge", "Diego", "Santiago", "Sebastián",
            "Alejandro", "Camilo", "Felipe", "Julián", "Daniel", "Mateo", "Jhon", "Óscar",
            "Cristian", "Wilson",
        ),
        female_given=(
            "María", "Laura", "Daniela", "Valentina", "Andrea", "Paola", "Carolina",
            "Natalia", "Luisa", "Diana", "Juliana", "Camila", "Sandra", "Yuliana", "Angie",
            "Marcela", "Sofía",
        ),
        family=(
            "Rodríguez", "Gómez", "González", "Martínez", "García", "López", "Hernández",
            "Sánchez", "Ramírez", "Pérez", "Díaz", "Muñoz", "Rojas", "Moreno", "Jiménez",
            "Vargas", "Castro", "Ortiz", "Torres", "Gutiérrez",
        ),
        languages=("es",),
        script_names=False,
    ),
    # Many Nigerian applicants in Germany come from Edo State (Osagie, Omoregie, ...).
    "NGA": NamePool(
        male_given=(
            "Chinedu", "Emeka", "Oluwaseun", "Babatunde", "Adebayo", "Olumide", "Tunde",
            "Chukwuemeka", "Ikechukwu", "Obinna", "Ifeanyi", "Uche", "Segun", "Femi",
            "Kunle", "Emmanuel", "Godwin", "Osagie", "Efosa", "Abubakar", "Musa",
        ),
        female_given=(
            "Ngozi", "Chioma", "Adaeze", "Funmilayo", "Folake", "Bukola", "Yetunde",
            "Blessing", "Precious", "Joy", "Esther", "Grace", "Amaka", "Nneka", "Ifeoma",
            "Titilayo", "Omolara", "Hauwa", "Osas",
        ),
        family=(
            "Okafor", "Okonkwo", "Eze", "Nwosu", "Okeke", "Adeyemi", "Ogunleye", "Olawale",
            "Balogun", "Okoro", "Obi", "Bello", "Igbinosa", "Omoregie", "Osaghae",
            "Ogbeide", "Nwachukwu", "Chukwu", "Afolabi", "Ojo",
        ),
        languages=("en", "yo", "ig"),
        script_names=False,
    ),
    # Spelled without accents, as usually printed in Guinean passports.
    "GIN": NamePool(
        male_given=(
            "Mamadou", "Ibrahima", "Alpha", "Ousmane", "Amadou", "Abdoulaye", "Boubacar",
            "Mohamed", "Sekou", "Lansana", "Thierno", "Alhassane", "Mamady", "Moussa",
            "Souleymane", "Oumar", "Aliou", "Saliou", "Facinet",
        ),
        female_given=(
            "Fatoumata", "Mariama", "Aissatou", "Kadiatou", "Hawa", "Aminata", "Fanta",
            "Djenabou", "Oumou", "Binta", "Ramatoulaye", "Mabinty", "Saran", "Nene",
        ),
        family=(
            "Diallo", "Barry", "Bah", "Sow", "Camara", "Conde", "Keita", "Toure", "Sylla",
            "Soumah", "Kouyate", "Bangoura", "Cisse", "Traore", "Balde", "Sangare", "Kante",
            "Fofana", "Diakite", "Kaba",
        ),
        languages=("fr", "ff"),
        script_names=False,
    ),
    "PAK": NamePool(
        male_given=(
            "Muhammad", "Ahmed", "Ali", "Usman", "Bilal", "Hamza", "Imran", "Kamran",
            "Faisal", "Asif", "Zeeshan", "Waqas", "Adnan", "Shahid", "Tariq", "Naveed",
            "Umar", "Farhan", "Junaid",
        ),
        female_given=(
            "Ayesha", "Fatima", "Sana", "Maryam", "Hina", "Saima", "Nadia", "Amna",
            "Zainab", "Rabia", "Sadia", "Mehwish", "Iqra", "Kiran", "Bushra", "Sidra",
        ),
        family=(
            "Khan", "Ahmed", "Ali", "Hussain", "Malik", "Butt", "Chaudhry", "Qureshi",
            "Sheikh", "Iqbal", "Akhtar", "Raza", "Shah", "Mirza", "Siddiqui", "Javed",
            "Aslam", "Anwar", "Rana", "Bhatti",
        ),
        languages=("ur", "pa", "ps"),
        script_names=True,
    ),
    # Family name = father's given name.
    "ETH": NamePool(
        male_given=(
            "Abebe", "Dawit", "Tesfaye", "Getachew", "Mulugeta", "Solomon", "Yonas",
            "Bereket", "Tewodros", "Henok", "Girma", "Alemayehu", "Kebede", "Tadesse",
            "Biruk", "Ermias", "Mesfin", "Abdi",
        ),
        female_given=(
            "Meron", "Selamawit", "Hanna", "Bethlehem", "Tigist", "Almaz", "Mekdes",
            "Hirut", "Tsion", "Liya", "Genet", "Aster", "Rahel", "Marta", "Kidist",
            "Mahlet", "Eden",
        ),
        family=(
            "Tesfaye", "Bekele", "Tadesse", "Getachew", "Kebede", "Alemu", "Haile", "Girma",
            "Mengistu", "Wolde", "Desta", "Abebe", "Negash", "Assefa", "Gebre", "Tilahun",
            "Worku", "Demissie", "Mekonnen", "Ayele",
        ),
        languages=("am", "om", "ti"),
        script_names=True,
    ),
}

# Native spelling of some Latin family names (keys are entries of NAMES[code].family), for
# testing duplicate detection across scripts.
NATIVE_SCRIPT_FAMILY: Final[dict[str, dict[str, str]]] = {
    "UKR": {
        "Kovalenko": "Коваленко", "Shevchenko": "Шевченко", "Bondarenko": "Бондаренко",
        "Tkachenko": "Ткаченко", "Kravchenko": "Кравченко", "Melnyk": "Мельник",
        "Boiko": "Бойко", "Koval": "Коваль", "Oliinyk": "Олійник", "Shevchuk": "Шевчук",
        "Polishchuk": "Поліщук", "Lysenko": "Лисенко", "Marchenko": "Марченко",
        "Savchenko": "Савченко", "Rudenko": "Руденко", "Moroz": "Мороз",
        "Kovalchuk": "Ковальчук", "Tkachuk": "Ткачук", "Ponomarenko": "Пономаренко",
        "Klymenko": "Клименко", "Pavlenko": "Павленко", "Petrenko": "Петренко",
        "Honcharenko": "Гончаренко", "Havryliuk": "Гаврилюк",
    },
    "RUS": {
        "Ivanov": "Иванов", "Smirnov": "Смирнов", "Kuznetsov": "Кузнецов", "Popov": "Попов",
        "Vasilev": "Васильев", "Petrov": "Петров", "Sokolov": "Соколов",
        "Mikhailov": "Михайлов", "Novikov": "Новиков", "Morozov": "Морозов",
        "Volkov": "Волков", "Lebedev": "Лебедев", "Kovalenko": "Коваленко",
    },
    "SYR": {
        "Haddad": "حداد", "Khalil": "خليل", "Nasser": "ناصر", "Darwish": "درويش",
        "Hamdan": "حمدان", "Ibrahim": "إبراهيم", "Mansour": "منصور", "Saleh": "صالح",
        "Suleiman": "سليمان", "Younes": "يونس", "Othman": "عثمان", "Al-Hassan": "الحسن",
        "Al-Khatib": "الخطيب", "Al-Halabi": "الحلبي", "Al-Shami": "الشامي", "Issa": "عيسى",
        "Kassem": "قاسم", "Hammoud": "حمود", "Al-Ahmad": "الأحمد", "Al-Ali": "العلي",
        "Al-Omar": "العمر",
    },
    "IRQ": {
        "Al-Jabouri": "الجبوري", "Al-Obaidi": "العبيدي", "Al-Saadi": "الساعدي",
        "Al-Tamimi": "التميمي", "Al-Dulaimi": "الدليمي", "Al-Khafaji": "الخفاجي",
        "Al-Musawi": "الموسوي", "Al-Zubaidi": "الزبيدي", "Al-Shammari": "الشمري",
        "Al-Rubaie": "الربيعي", "Al-Bayati": "البياتي", "Hussein": "حسين", "Abbas": "عباس",
        "Kareem": "كريم", "Khalaf": "خلف", "Murad": "مراد", "Rashid": "رشيد",
    },
}
# fmt: on


# ---------------------------------------------------------------------------
# Places in Soest
# ---------------------------------------------------------------------------

CITY: Final[str] = "Soest"
POSTAL_CODES: Final[tuple[str, ...]] = ("59494",)

# Informal parts of the Kernstadt first, then the 18 official Ortsteile (incorporated
# 1 July 1969). Lendringsen here is the small Soest village south of the Kernstadt, not
# Menden-Lendringsen; Enkesen is Enkesen bei Paradiese (Enkesen im Klei is Bad Sassendorf).
# Weslarn and Lohne belong to Bad Sassendorf and are deliberately missing.
DISTRICTS: Final[tuple[str, ...]] = (
    "Innenstadt",
    "Soest-Nord",
    "Soest-Süd",
    "Soest-Ost",
    "Soest-West",
    "Ampen",
    "Bergede",
    "Deiringsen",
    "Enkesen",
    "Epsingsen",
    "Hattrop",
    "Hattropholsen",
    "Hiddingsen",
    "Katrop",
    "Lendringsen",
    "Meckingsen",
    "Meiningsen",
    "Müllingsen",
    "Ostönnen",
    "Paradiese",
    "Röllingsen",
    "Ruploh",
    "Thöningsen",
)

STREETS: Final[tuple[str, ...]] = (
    "Brüderstraße",
    "Ulricherstraße",
    "Thomästraße",
    "Grandweg",
    "Jakobistraße",
    "Walburgerstraße",
    "Osthofenstraße",
    "Nöttenstraße",
    "Waisenhausstraße",
    "Teichsmühlengasse",
    "Leckgadumstraße",
    "Kapellengasse",
    "Daelengasse",
    "Romhofsgasse",
    "Dasselwall",
    "Sandwelle",
    "Hansaplatz",
    "Heinsbergplatz",
    "Am Vreithof",
    "Wiesenstraße",
    "Waldstraße",
    "Teinenkamp",
    "Riga-Ring",
    "Lübecker Ring",
    "Wisbyring",
    "Bergenring",
    "Londonring",
    "Kölner Ring",
    "Paradieser Weg",
    "Hattroper Weg",
    "Hiddingser Weg",
    "Lendringser Weg",
    "Deiringser Weg",
    "Opmünder Weg",
    "Schwemeckerweg",
    "Schendelerstraße",
    "Arnsberger Straße",
    "Briloner Straße",
    "Niederbergheimer Straße",
    "Hammer Landstraße",
)

FACILITY_NAMES: Final[tuple[str, ...]] = (
    "Gemeinschaftsunterkunft Riga-Ring",
    "Übergangswohnheim Am Soestbach",
    "Unterkunft Paradieser Weg",
    "Gemeinschaftsunterkunft Lendringser Weg",
    "Wohnanlage Teinenkamp",
    "Übergangswohnheim Wiesenstraße",
    "Unterkunft Waldstraße",
    "Wohnhaus Thomästraße",
    "Gemeinschaftsunterkunft Hattroper Weg",
    "Wohnungsverbund Ampen",
    "Unterkunft Meiningsen",
    "Wohnhaus Ostönnen",
    "Übergangswohnheim Deiringser Weg",
    "Unterkunft Opmünder Weg",
    "Wohnanlage Bergenring",
    "Unterkunft Niederbergheimer Straße",
    "Wohnhaus Walburgerstraße",
    "Wohngruppe Osthofenstraße",
    "Gemeinschaftsunterkunft Schwemeckerweg",
    "Unterkunft Briloner Straße",
    "Wohnmodule Teinenkamp-Süd",
    "Wohncontaineranlage Arnsberger Straße",
    "Unterkunft Hiddingsen",
    "Übergangswohnheim Deiringsen",
    "Frauenunterkunft Jakobistraße",
    "Familienhaus Grandweg",
    "Wohnhaus Nöttenstraße",
    "Unterkunft Lübecker Ring",
    "Wohnanlage Wisbyring",
    "Wohnhaus Röllingsen",
)


# ---------------------------------------------------------------------------
# Ticket texts (Mängelmeldungen), keyed by TicketCategory code
# ---------------------------------------------------------------------------

TICKET_TEMPLATES: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "electrical": (
        (
            "Steckdose ohne Strom",
            "In Zimmer {unit} funktioniert die Steckdose neben dem Fenster seit gestern nicht.",
        ),
        (
            "Deckenleuchte im Flur defekt",
            "Im Flur vor Zimmer {unit} bleibt die Deckenleuchte dunkel, auch nach dem Tausch "
            "des Leuchtmittels.",
        ),
        (
            "FI-Schalter löst immer wieder aus",
            "Sobald in der Gemeinschaftsküche Wasserkocher und Herd gleichzeitig laufen, "
            "fällt im Erdgeschoss der Strom aus.",
        ),
        (
            "Lichtschalter lose",
            "Der Lichtschalter in Zimmer {unit} hängt aus der Wand, die Abdeckung fehlt.",
        ),
        (
            "Herdplatte wird nicht warm",
            "In der Gemeinschaftsküche heizt die hintere linke Herdplatte nicht mehr.",
        ),
        (
            "Außenbeleuchtung am Eingang aus",
            "Die Lampe über dem Haupteingang geht abends nicht mehr an, der Zugang liegt im "
            "Dunkeln.",
        ),
        (
            "Treppenhauslicht geht nicht an",
            "Das Licht im Treppenhaus schaltet sich über den Bewegungsmelder nicht mehr ein.",
        ),
        (
            "Kühlschrank kühlt nicht",
            "Der Kühlschrank in Zimmer {unit} ist warm, Lebensmittel können nicht gelagert werden.",
        ),
        (
            "Waschmaschine startet nicht",
            "Die Waschmaschine im Waschkeller zeigt nichts mehr an, die Steckdose hat Strom.",
        ),
    ),
    "plumbing": (
        (
            "WC-Spülung läuft dauerhaft",
            "In der Toilette von Wohnung {unit} läuft nach dem Spülen ständig Wasser nach.",
        ),
        (
            "Waschbecken verstopft",
            "Das Waschbecken im Bad von Zimmer {unit} läuft kaum noch ab.",
        ),
        (
            "Wasserhahn tropft",
            "Der Wasserhahn in der Küche von Wohnung {unit} tropft auch im zugedrehten Zustand.",
        ),
        (
            "Wasserfleck an der Decke",
            "In dem Raum unter Zimmer {unit} zeigt sich an der Decke ein feuchter Fleck, der "
            "größer wird.",
        ),
        (
            "Duschabfluss verstopft",
            "In der Dusche im 1. OG steht das Wasser nach dem Duschen mehrere Zentimeter hoch.",
        ),
        (
            "Siphon undicht",
            "Unter der Spüle in der Gemeinschaftsküche tropft es aus dem Siphon, der "
            "Schrankboden ist aufgequollen.",
        ),
        (
            "Toilette verstopft",
            "Die Toilette im Erdgeschoss ist verstopft, mit der Saugglocke ließ sie sich nicht "
            "freimachen.",
        ),
        (
            "Kanalgeruch im Waschraum",
            "Aus dem Bodenablauf im Waschraum riecht es stark nach Kanal.",
        ),
        (
            "Spülkasten undicht",
            "Am Spülkasten in Wohnung {unit} tritt Wasser aus, vor der Toilette bildet sich "
            "eine Pfütze.",
        ),
    ),
    "heating": (
        (
            "Heizkörper bleibt kalt",
            "Der Heizkörper in Zimmer {unit} wird trotz aufgedrehtem Thermostat nicht warm.",
        ),
        (
            "Heizkörper gluckert",
            "Die Heizung in Zimmer {unit} gluckert laut, vermutlich muss entlüftet werden.",
        ),
        (
            "Thermostatkopf abgebrochen",
            "In Wohnung {unit} ist der Thermostatkopf abgebrochen, der Heizkörper läuft "
            "dauerhaft auf voller Stufe.",
        ),
        (
            "Heizung im ganzen Haus ausgefallen",
            "Seit heute Nacht sind alle Heizkörper im Gebäude kalt, die Anlage im "
            "Heizungsraum zeigt eine Störung.",
        ),
        (
            "Warmwasser nur lauwarm",
            "An allen Zapfstellen kommt das Warmwasser nur noch lauwarm an.",
        ),
        (
            "Heizkörperventil undicht",
            "Am Ventil des Heizkörpers im Flur tritt Wasser aus, darunter steht eine Pfütze.",
        ),
        (
            "Zimmer wird nicht warm genug",
            "In Zimmer {unit} werden auch bei voll aufgedrehter Heizung nur 16 Grad erreicht.",
        ),
        (
            "Durchlauferhitzer ausgefallen",
            "Der Durchlauferhitzer in Wohnung {unit} schaltet nicht mehr ein, es gibt kein "
            "warmes Wasser.",
        ),
        (
            "Heizungsdruck zu niedrig",
            "Das Manometer im Heizungsraum zeigt unter 1 bar, bitte Wasser nachfüllen lassen.",
        ),
    ),
    "windows_doors": (
        (
            "Fenster lässt sich nicht schließen",
            "Das Fenster in Zimmer {unit} schließt nicht mehr richtig, der Griff dreht durch.",
        ),
        (
            "Haustür fällt nicht ins Schloss",
            "Die Eingangstür schließt nicht mehr von selbst, der Türschließer ist "
            "wahrscheinlich defekt.",
        ),
        (
            "Zimmertür klemmt",
            "Die Tür zu Zimmer {unit} lässt sich nur mit viel Kraft öffnen und schließen.",
        ),
        (
            "Schlüssel im Schloss abgebrochen",
            "Im Schloss der Tür zu Zimmer {unit} steckt ein abgebrochener Schlüssel.",
        ),
        (
            "Rollladengurt gerissen",
            "Der Rollladen in Wohnung {unit} hängt halb unten fest, der Gurt ist gerissen.",
        ),
        (
            "Fensterscheibe gesprungen",
            "In Zimmer {unit} hat die Fensterscheibe einen Riss über die ganze Breite.",
        ),
        (
            "Kellertür lässt sich nicht abschließen",
            "Die Tür zum Kellerabgang kann nicht mehr abgeschlossen werden, das Schloss ist "
            "ausgeleiert.",
        ),
        (
            "Fenster undicht",
            "Bei Regen läuft in Zimmer {unit} Wasser an der Fensterbank herunter.",
        ),
        (
            "Türklinke lose",
            "Die Klinke der Badtür im 2. OG ist lose und fällt immer wieder ab.",
        ),
    ),
    "fire_safety": (
        (
            "Rauchmelder piept",
            "Der Rauchmelder in Zimmer {unit} piept regelmäßig, vermutlich ist die Batterie leer.",
        ),
        (
            "Notausgang zugestellt",
            "Vor dem Notausgang im Erdgeschoss stehen Kinderwagen und ein Schrank, bitte "
            "räumen lassen.",
        ),
        (
            "Feuerlöscher fehlt",
            "Im Flur des 1. OG ist die Wandhalterung leer, der Feuerlöscher fehlt.",
        ),
        (
            "Prüffrist Feuerlöscher abgelaufen",
            "Laut Prüfplakette ist die Wartung der Feuerlöscher im Gebäude überfällig.",
        ),
        (
            "Brandschutztür wird offen gehalten",
            "Die Brandschutztür zum Treppenhaus wird regelmäßig mit einem Keil offen gehalten.",
        ),
        (
            "Rauchmelder abgenommen",
            "In Zimmer {unit} wurde der Rauchmelder von der Decke abgenommen.",
        ),
        (
            "Rettungszeichen leuchtet nicht",
            "Das Rettungszeichen über der Tür zum Hof ist dunkel.",
        ),
        (
            "Brandmeldeanlage zeigt Störung",
            "Die Zentrale der Brandmeldeanlage im Eingangsbereich zeigt eine Störungsmeldung.",
        ),
        (
            "Steckdosenleisten hintereinander gesteckt",
            "In Zimmer {unit} sind mehrere Mehrfachsteckdosen hintereinander gesteckt, "
            "bitte wegen Brandgefahr ersetzen.",
        ),
    ),
    "pests": (
        (
            "Schaben in der Gemeinschaftsküche",
            "In der Gemeinschaftsküche im Erdgeschoss wurden nachts mehrere Schaben gesehen.",
        ),
        (
            "Verdacht auf Bettwanzen",
            "In Zimmer {unit} gibt es Stiche und dunkle Flecken an der Matratze.",
        ),
        (
            "Mäuse im Keller",
            "Im Vorratskeller liegt Mäusekot, mehrere Verpackungen sind angefressen.",
        ),
        (
            "Ratten an den Mülltonnen",
            "An den Mülltonnen hinter dem Haus wurden tagsüber Ratten gesehen.",
        ),
        (
            "Wespennest am Fenster",
            "Am Fensterrahmen von Zimmer {unit} hat sich ein Wespennest gebildet.",
        ),
        (
            "Ameisen in der Küche",
            "In der Küche von Wohnung {unit} laufen Ameisen an der Arbeitsplatte entlang.",
        ),
        (
            "Silberfischchen im Bad",
            "Im Bad im 2. OG treten vermehrt Silberfischchen auf.",
        ),
        (
            "Tauben auf dem Dachboden",
            "Durch ein offenes Dachfenster nisten Tauben auf dem Dachboden, überall liegt Kot.",
        ),
        (
            "Lebensmittelmotten",
            "In den Küchenschränken von Wohnung {unit} sind Lebensmittelmotten.",
        ),
    ),
    "outdoor": (
        (
            "Rasen muss gemäht werden",
            "Die Rasenfläche hinter dem Haus ist stark zugewachsen.",
        ),
        (
            "Hecke ragt auf den Gehweg",
            "Die Hecke an der Straße ragt weit auf den Gehweg, Fußgänger müssen ausweichen.",
        ),
        (
            "Mülltonnenplatz vermüllt",
            "Neben den Tonnen stapeln sich Säcke und Sperrmüll, die Tonnen sind überfüllt.",
        ),
        (
            "Schaukel defekt",
            "Auf dem Spielplatz ist die Kette einer Schaukel gerissen, die Schaukel wurde "
            "hochgebunden.",
        ),
        (
            "Pflastersteine lose",
            "Auf dem Weg zum Eingang haben sich mehrere Pflastersteine gelöst.",
        ),
        (
            "Laub auf den Wegen",
            "Die Wege rund um das Gebäude sind voller nasser Blätter und rutschig.",
        ),
        (
            "Fahrradständer herausgerissen",
            "Der Fahrradständer im Hof ist aus der Verankerung gerissen.",
        ),
        (
            "Zaunelement fehlt",
            "Am Zaun zum Nachbargrundstück fehlt ein Element, die Lücke sollte geschlossen werden.",
        ),
        (
            "Dachrinne läuft über",
            "Bei Regen läuft das Wasser über die Dachrinne an der Vorderseite herunter.",
        ),
    ),
    "furniture": (
        (
            "Lattenrost gebrochen",
            "In Zimmer {unit} ist ein Lattenrost durchgebrochen, das Bett ist nicht nutzbar.",
        ),
        (
            "Schranktür abgerissen",
            "Am Kleiderschrank in Zimmer {unit} hängt eine Tür nur noch an einem Scharnier.",
        ),
        (
            "Matratze durchgelegen",
            "Die Matratze in Zimmer {unit} ist durchgelegen und muss ersetzt werden.",
        ),
        (
            "Zu wenig Stühle",
            "In Wohnung {unit} gibt es nur zwei Stühle für fünf Personen.",
        ),
        (
            "Esstisch wackelt",
            "Der Tisch in der Gemeinschaftsküche wackelt stark, ein Bein ist locker.",
        ),
        (
            "Leiter am Etagenbett fehlt",
            "Am Etagenbett in Zimmer {unit} fehlt die Leiter.",
        ),
        (
            "Hängeschrank hat sich gelöst",
            "Ein Hängeschrank in der Küche im 1. OG hängt schief und hat sich teilweise aus "
            "der Wand gelöst.",
        ),
        (
            "Kinderbett benötigt",
            "Für Wohnung {unit} wird nach einer Geburt ein Kinderbett benötigt.",
        ),
        (
            "Schubladen klemmen",
            "Die Schubladen der Kommode in Zimmer {unit} lassen sich kaum noch öffnen.",
        ),
    ),
    "cleaning": (
        (
            "Treppenhaus verschmutzt",
            "Das Treppenhaus wurde seit über einer Woche nicht gereinigt.",
        ),
        (
            "Grundreinigung Gemeinschaftsküche",
            "Herd und Arbeitsflächen in der Gemeinschaftsküche sind stark verkrustet.",
        ),
        (
            "Endreinigung nach Auszug",
            "Zimmer {unit} ist nach dem Auszug frei und muss vor der Neubelegung gereinigt werden.",
        ),
        (
            "Sanitärräume reinigen",
            "Duschen und Toiletten im Erdgeschoss müssen dringend gereinigt und desinfiziert "
            "werden.",
        ),
        (
            "Müllbeutel im Flur",
            "Im Flur des 2. OG stehen seit Tagen volle Müllbeutel.",
        ),
        (
            "Fenster im Treppenhaus verschmutzt",
            "Die Fenster im Treppenhaus sind stark verschmutzt und sollten geputzt werden.",
        ),
        (
            "Gemeinschaftskühlschrank riecht",
            "Im Gemeinschaftskühlschrank stehen verdorbene Lebensmittel, es riecht stark.",
        ),
        (
            "Waschkeller verschmutzt",
            "Im Waschkeller liegen Flusen und Waschmittelreste, der Boden ist klebrig.",
        ),
        (
            "Graffiti an der Fassade",
            "An der Hauswand neben dem Eingang wurde Graffiti gesprüht.",
        ),
    ),
    "other": (
        (
            "Schimmel im Bad",
            "An der Decke im Bad von Wohnung {unit} bildet sich schwarzer Schimmel.",
        ),
        (
            "Klingel ohne Funktion",
            "Die Klingel von Wohnung {unit} funktioniert nicht, Besuch und Post können sich "
            "nicht bemerkbar machen.",
        ),
        (
            "WLAN ausgefallen",
            "Im gesamten Gebäude gibt es seit gestern kein WLAN mehr.",
        ),
        (
            "Zusätzlicher Schlüssel benötigt",
            "Für Zimmer {unit} wird ein weiterer Zimmerschlüssel benötigt.",
        ),
        (
            "Briefkasten aufgebrochen",
            "Der Briefkasten von Wohnung {unit} ist aufgebrochen und lässt sich nicht mehr "
            "abschließen.",
        ),
        (
            "Feuchte Wände im Keller",
            "Im Kellerraum riecht es muffig, an den Wänden zeigen sich Feuchtigkeitsflecken.",
        ),
        (
            "Aufzug außer Betrieb",
            "Der Aufzug ist zwischen zwei Etagen stehen geblieben und seitdem außer Betrieb.",
        ),
        (
            "Hausnummer nicht erkennbar",
            "Die Hausnummer ist verblasst, Rettungsdienst und Lieferdienste finden den "
            "Eingang nur schwer.",
        ),
        (
            "Zählerstände ablesen",
            "Für die Nebenkostenabrechnung müssen die Zählerstände für Strom und Wasser "
            "abgelesen werden.",
        ),
    ),
}

# Verkehrssicherheit: (category code, title, description). No placeholders.
SAFETY_HAZARD_TEMPLATES: Final[tuple[tuple[str, str, str], ...]] = (
    (
        "other",
        "Treppengeländer lose",
        "Das Geländer im Treppenhaus zwischen Erdgeschoss und 1. OG hat sich aus der "
        "Verankerung gelöst und gibt beim Festhalten nach.",
    ),
    (
        "electrical",
        "Offenliegende stromführende Leitungen",
        "Im Flur hängen aus einer beschädigten Abzweigdose blanke Kabel, die Spannung führen.",
    ),
    (
        "windows_doors",
        "Glasbruch in der Eingangstür",
        "Die Glasfüllung der Eingangstür ist zersprungen, scharfe Scherben stecken noch im Rahmen.",
    ),
    (
        "outdoor",
        "Glatteis auf dem Zugangsweg",
        "Der Weg zum Haupteingang ist vereist und nicht gestreut, es besteht Sturzgefahr.",
    ),
    (
        "outdoor",
        "Schachtdeckel fehlt",
        "Auf dem Hof fehlt der Deckel eines Kanalschachts, die Öffnung ist nicht gesichert.",
    ),
    (
        "outdoor",
        "Abgebrochener Ast über dem Spielplatz",
        "Über dem Sandkasten hängt ein großer angebrochener Ast, der herabzustürzen droht.",
    ),
    (
        "fire_safety",
        "Sicherheitsbeleuchtung defekt",
        "Die Notbeleuchtung im Treppenhaus schaltet beim Test nicht ein, bei Stromausfall "
        "wäre der Fluchtweg dunkel.",
    ),
    (
        "fire_safety",
        "Fluchtweg versperrt",
        "Der zweite Rettungsweg über die Außentreppe ist durch abgestellten Sperrmüll "
        "vollständig blockiert.",
    ),
    (
        "heating",
        "Gasgeruch im Heizungsraum",
        "Im Heizungsraum riecht es deutlich nach Gas. Raum gelüftet, Gaszufuhr abgesperrt, "
        "Entstörungsdienst verständigt.",
    ),
    (
        "other",
        "Balkongeländer wackelt",
        "Das Geländer eines Balkons im 1. OG wackelt stark, die Befestigungen sind durchgerostet.",
    ),
    (
        "electrical",
        "Verschmorte Steckdose",
        "In der Gemeinschaftsküche ist eine Steckdose verschmort und riecht verbrannt.",
    ),
    (
        "outdoor",
        "Lose Dachziegel über dem Eingang",
        "Nach dem Sturm hängen über dem Eingang lose Dachziegel, der Bereich ist abgesperrt.",
    ),
    (
        "other",
        "Ausgebrochene Treppenstufe",
        "Eine Stufe der Kellertreppe ist an der Vorderkante ausgebrochen und nicht mehr "
        "sicher begehbar.",
    ),
    (
        "plumbing",
        "Rohrbruch neben der Unterverteilung",
        "Im Keller tritt Wasser aus einem geplatzten Rohr aus und läuft auf die elektrische "
        "Unterverteilung zu.",
    ),
)


# ---------------------------------------------------------------------------
# People (all invented)
# ---------------------------------------------------------------------------

CONTRACTORS: Final[tuple[str, ...]] = (
    "Elektro Brinkmann GmbH",
    "Sanitär Hölscher & Sohn",
    "Malerbetrieb Kemper",
    "Schädlingsbekämpfung Westfalen GmbH",
    "Heizungsbau Wiemer-Stratmann GmbH",
    "Glaserei Tillmann",
    "Tischlerei Vollmer",
    "Garten- und Landschaftsbau Rüther",
    "Gebäudereinigung Börde-Service GmbH",
    "Schlüsseldienst Hellweg",
    "Dachdeckerei Overkamp",
    "Brandschutztechnik Hesse & Koch GmbH",
)

CARETAKERS: Final[tuple[str, ...]] = (
    "Jürgen Schulte",
    "Andreas Wiemers",
    "Petra Lohmann",
    "Dirk Brökelmann",
    "Stefan Hennecke",
    "Sandra Mertens",
    "Ralf Bußmann",
    "Thomas Kleine",
)

STAFF: Final[dict[str, tuple[str, ...]]] = {
    "site_manager": ("Jörg Böhmer", "Sabine Köster", "Martina Droste", "Kai Brüggemann"),
    "property_service": (
        "Uwe Stratmann",
        "Heike Schürmann",
        "Markus Deitermann",
        "Nicole Fröhling",
    ),
    "social_worker": ("Anna-Lena Wessel", "Tobias Röttger", "Miriam Hagedorn", "Lena Brinkhoff"),
    "manager": ("Claudia Menke", "Bernd Schäfer", "Ute Wienold", "Matthias Göbel"),
    "admin": ("Julia Hömberg", "Patrick Nölle", "Katrin Schröer", "Sven Bröker"),
}


# ---------------------------------------------------------------------------
# Neighbourhood contacts and complaints, keyed by NeighbourhoodKind code
# ---------------------------------------------------------------------------

NEIGHBOURHOOD_TEMPLATES: Final[dict[str, tuple[str, ...]]] = {
    "complaint": (
        "Aus dem Innenhof der Unterkunft ist nachts oft bis nach Mitternacht laute Musik zu hören.",
        "Neben den Mülltonnen liegen seit Tagen gelbe Säcke und Essensreste, das lockt Ratten an.",
        "Die Einfahrt zu unserem Grundstück wird regelmäßig von Besucherautos zugeparkt.",
        "An der Bushaltestelle vor der Unterkunft wird viel geraucht, die Kippen landen auf "
        "dem Gehweg.",
        "Kinder spielen abends noch lange und sehr laut auf der Straße Fußball.",
        "Auf dem Parkplatz werden abends Autos repariert, das ist bis spät in die Nacht zu hören.",
        "Auf dem Grünstreifen vor dem Haus wird immer wieder Sperrmüll abgestellt.",
        "Fahrräder stehen quer auf dem Gehweg, mit dem Kinderwagen kommt man nicht vorbei.",
        "Die Außenbeleuchtung der Unterkunft scheint die ganze Nacht in unser Schlafzimmer.",
        "Beim Grillen im Garten zieht der Rauch direkt in unsere Wohnung.",
        "Die Hecke an der Grundstücksgrenze ist so hoch, dass man an der Ausfahrt den Verkehr "
        "nicht sieht.",
        "Im Treppenhaus des Nachbarhauses halten sich abends Jugendliche aus der Unterkunft "
        "auf und lassen Müll liegen.",
    ),
    "contact": (
        "Wir lösen unseren Haushalt auf und würden eine gut erhaltene Schlafzimmereinrichtung "
        "gern an eine Familie spenden.",
        "Die Nachbarschaft lädt alle Bewohnerinnen und Bewohner herzlich zum Straßenfest am "
        "Samstag ein.",
        "Der Sportverein bietet Kindern und Jugendlichen aus der Unterkunft kostenloses "
        "Fußballtraining an.",
        "Eine Nachbarin im Ruhestand möchte einmal pro Woche Gesprächsrunden auf Deutsch anbieten.",
        "Die Kirchengemeinde sammelt Winterkleidung und fragt, welche Größen gebraucht werden.",
        "Ein Nachbar bietet an, gespendete Fahrräder gemeinsam mit Jugendlichen zu reparieren.",
        "Die Grundschule lädt Eltern zu einem Informationsnachmittag mit Sprachmittlung ein.",
        "Der Kleingartenverein stellt eine freie Parzelle für ein gemeinsames Gartenprojekt "
        "zur Verfügung.",
        "Ehrenamtliche möchten zweimal pro Woche Hausaufgabenhilfe in der Unterkunft anbieten.",
        "Der Schwimmverein bietet einen Schwimmkurs für Frauen mit einer Trainerin an.",
        "Eine Bäckerei aus der Nachbarschaft möchte abends übrig gebliebenes Brot abgeben.",
        "Die Stadtbücherei lädt zu einer Führung mit mehrsprachigen Bilderbüchern ein.",
    ),
}


# ---------------------------------------------------------------------------
# Case notes (Vermerke), keyed by CaseNoteKind code
# ---------------------------------------------------------------------------

CASE_NOTE_TEMPLATES: Final[dict[str, tuple[str, ...]]] = {
    "consultation": (
        "Beratung zur Wohnungssuche, Bewerbungsunterlagen für Vermieter besprochen.",
        "Antrag auf Wohnberechtigungsschein (WBS) gemeinsam ausgefüllt, Einkommensnachweise "
        "fehlen noch.",
        "Beratung zur Kita-Anmeldung, erforderliche Unterlagen zusammengestellt.",
        "Bescheid des Jobcenters erläutert, Widerspruchsfrist notiert.",
        "Beratung zum Integrationskurs, Anmeldung bei einem Kursträger vorbereitet.",
        "Antrag auf Kindergeld bei der Familienkasse gemeinsam ausgefüllt.",
        "Hausordnung und Mülltrennung erklärt, Merkblatt in der Herkunftssprache ausgehändigt.",
        "Beratung zur Anerkennung des ausländischen Berufsabschlusses, Kontakt zur "
        "Anerkennungsberatung vermittelt.",
        "Offene Rechnungen angesprochen, Termin bei der Schuldnerberatung vereinbart.",
    ),
    "home_visit": (
        "Hausbesuch zur Wohnsituation, Zimmer ordentlich, keine Mängel festgestellt.",
        "Hausbesuch nach Meldung von Schimmel, Befund an den Objektservice weitergegeben.",
        "Begrüßungsbesuch nach Einzug, Ansprechpersonen und Sprechzeiten erläutert.",
        "Hausbesuch wegen Konflikt in der Wohngemeinschaft, Klärungsgespräch vereinbart.",
        "Kontrollbesuch: Rauchmelder vorhanden, Fluchtweg frei, Küche sauber.",
        "Hausbesuch mit Sprachmittlung, Bedarf an Kinderbett und Kleiderschrank aufgenommen.",
        "Beim Hausbesuch niemanden angetroffen, Nachricht mit Rückrufbitte hinterlassen.",
        "Hausbesuch vor dem geplanten Auszug, Schlüsselübergabe und Endreinigung besprochen.",
    ),
    "phone": (
        "Telefonat mit Vermieter wegen Besichtigung, Termin für nächste Woche vereinbart.",
        "Rückruf vom Jobcenter, Mietübernahmebescheinigung wird ausgestellt.",
        "Telefonat mit der Ausländerbehörde zum Stand der Verlängerung des Aufenthaltstitels.",
        "Telefonische Rücksprache mit der Schule wegen häufiger Fehlzeiten.",
        "Telefonat mit der Hausarztpraxis, Termin zur Untersuchung bestätigt.",
        "Nachfrage bei der Familienkasse, der Antrag ist noch in Bearbeitung.",
        "Telefonat mit dem Kursträger, Beginn des Sprachkurses verschiebt sich um zwei Wochen.",
        "Sprachmittlung für den Termin beim Jugendamt telefonisch angefragt.",
    ),
    "accompaniment": (
        "Begleitung zum Jobcenter, Weiterbewilligungsantrag abgegeben.",
        "Begleitung zur Ausländerbehörde, Fiktionsbescheinigung wurde ausgestellt.",
        "Begleitung zur Wohnungsbesichtigung, Vermieter hat Interesse signalisiert.",
        "Begleitung zum Bürgerbüro zur Anmeldung des Wohnsitzes.",
        "Begleitung zur Kinderarztpraxis mit Sprachmittlung.",
        "Begleitung zur Bank, Basiskonto eröffnet.",
        "Begleitung zum Anmeldegespräch an der Grundschule.",
        "Begleitung zur Unterzeichnung des Mietvertrags, Mietkaution über das Jobcenter geklärt.",
    ),
    "other": (
        "Akte nach Umzug in eine eigene Wohnung zur Archivierung vorbereitet.",
        "Fallbesprechung im Team, weiteres Vorgehen abgestimmt.",
        "Kleiderspende für die Kinder übergeben.",
        "Schreiben der Krankenkasse übersetzt und erläutert.",
        "Teilnahme am Runden Tisch Integration, Anliegen aus der Unterkunft eingebracht.",
        "Ehrenamtliche Patenschaft vermittelt, erstes Kennenlernen vereinbart.",
        "Vorgelegte Dokumente kopiert und zur Akte genommen.",
        "Übergabe an die Urlaubsvertretung dokumentiert.",
    ),
}
