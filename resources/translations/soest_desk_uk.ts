<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Über Soest Desk</source>
        <translation>Про Soest Desk</translation>
    </message>
    <message>
        <source>Soest Desk</source>
        <translation>Soest Desk</translation>
    </message>
    <message>
        <source>Unterkünfte, Belegung, Sozialarbeit und Mängelmeldungen für das Amt für Wohnungswesen.</source>
        <translation>Житло, заселення, соціальна робота та заявки про несправності для житлового відомства (Amt für Wohnungswesen).</translation>
    </message>
    <message>
        <source>Installationspaket</source>
        <translation>Інсталяційний пакет</translation>
    </message>
    <message>
        <source>aus dem Quelltext</source>
        <translation>з вихідного коду</translation>
    </message>
    <message>
        <source>wird gelesen …</source>
        <translation>зчитується …</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <source>Ausführung</source>
        <translation>Варіант запуску</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Qt / PySide</source>
        <translation>Qt / PySide</translation>
    </message>
    <message>
        <source>Betriebssystem</source>
        <translation>Операційна система</translation>
    </message>
    <message>
        <source>Datenbank</source>
        <translation>База даних</translation>
    </message>
    <message>
        <source>Datenbanksystem</source>
        <translation>СУБД</translation>
    </message>
    <message>
        <source>Schema-Stand</source>
        <translation>Версія схеми</translation>
    </message>
    <message>
        <source>Datenordner</source>
        <translation>Тека даних</translation>
    </message>
    <message>
        <source>Protokollordner</source>
        <translation>Тека журналів</translation>
    </message>
    <message>
        <source>Lizenz</source>
        <translation>Ліцензія</translation>
    </message>
    <message>
        <source>Proprietär, für den Dienstgebrauch. Symbole: Tabler Icons (MIT-Lizenz).</source>
        <translation>Пропрієтарне, для службового використання. Значки: Tabler Icons (ліцензія MIT).</translation>
    </message>
    <message>
        <source>Kopieren</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Diese Angaben für die IT-Betreuung in die Zwischenablage kopieren</source>
        <translation>Скопіювати ці дані для ІТ-підтримки в буфер обміну</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Ordner öffnen</source>
        <translation>Відкрити теку</translation>
    </message>
    <message>
        <source>nicht eingerichtet (erwartet: %1)</source>
        <translation>не налаштовано (очікується: %1)</translation>
    </message>
    <message>
        <source>%1 (aktuell)</source>
        <translation>%1 (актуальна)</translation>
    </message>
    <message>
        <source>%1 (diese Version erwartet %2)</source>
        <translation>%1 (ця версія очікує %2)</translation>
    </message>
    <message>
        <source>nicht lesbar (Datenbank nicht erreichbar)</source>
        <translation>не вдається прочитати (база даних недоступна)</translation>
    </message>
    <message>
        <source>Die Angaben sind in der Zwischenablage.</source>
        <translation>Дані скопійовано в буфер обміну.</translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <source>Objektservice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lädt …</source>
        <translation type="unfinished">Завантаження …</translation>
    </message>
    <message>
        <source>Fremdfirma:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name der Firma oder Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuständig</source>
        <translation type="unfinished">Відповідальний</translation>
    </message>
    <message>
        <source>Früher erledigen bis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niemand im Objektservice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuständig: bitte eine Person des Objektservices wählen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <source>&amp;Verwaltung</source>
        <translation>&amp;Адміністрування</translation>
    </message>
    <message>
        <source>&amp;Benutzer verwalten …</source>
        <translation>&amp;Користувачі …</translation>
    </message>
    <message>
        <source>&amp;Protokoll …</source>
        <translation>&amp;Журнал …</translation>
    </message>
    <message>
        <source>&amp;Datenschutz …</source>
        <translation>&amp;Захист даних …</translation>
    </message>
    <message>
        <source>Datenschutz</source>
        <translation>Захист даних</translation>
    </message>
    <message>
        <source>In der gemeinsamen Datenbank mit Rollen dürfen die Datenschutzaufgaben nur mit der Anmeldung des Eigentümers erledigt werden, weil sie alle Personen lesen und das Protokoll bereinigen. Bitte „soest-desk privacy disclosure | retention | erase … --database-url …“ mit dieser Anmeldung ausführen.</source>
        <translation>У спільній базі даних з ролями завдання із захисту даних можна виконувати лише з обліковим записом власника, бо вони читають дані всіх осіб і очищують журнал. Виконайте, будь ласка, «soest-desk privacy disclosure | retention | erase … --database-url …» з цим обліковим записом.</translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <source>Platz suchen – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einzug am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterkunft</source>
        <translation type="unfinished">Житло</translation>
    </message>
    <message>
        <source>Wohneinheit(en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belegung</source>
        <translation type="unfinished">Заповненість</translation>
    </message>
    <message>
        <source>Hinweise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wohneinheit</source>
        <translation type="unfinished">Житлова одиниця</translation>
    </message>
    <message>
        <source>Warum nicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorschläge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht geeignet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begründung der Überbelegung (Pflicht, mindestens 10 Zeichen): warum, und bis wann?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haushalt bewusst aufteilen (nicht alle ziehen mit oder in eine andere Unterkunft als die Angehörigen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einziehen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trotzdem hier einziehen (Überbelegung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished">Закрити</translation>
    </message>
    <message>
        <source>Sucht …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barrierefrei nötig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haustiere</source>
        <translation type="unfinished">Тварини</translation>
    </message>
    <message>
        <source>raucht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haushalt: %1 Personen (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorschläge (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht geeignet (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kein passender Platz frei – Gründe unter „Nicht geeignet“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zusammen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aufgeteilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte begründen Sie die Überbelegung und klicken Sie dann noch einmal auf „Trotzdem hier einziehen“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichert …</source>
        <translation type="unfinished">Збереження …</translation>
    </message>
</context>
<context>
    <name>AuditDetailPane</name>
    <message>
        <source>Feld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vorher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nachher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kein Eintrag gewählt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wählen Sie links einen Eintrag, um alle Änderungen zu sehen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; – %2 am %3 von %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gelesen: Der Inhalt wird nicht protokolliert, nur wer ihn wann gelesen hat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Feldänderungen protokolliert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neu angelegt mit diesen Werten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gelöscht; die Werte vor dem Löschen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Protokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished">Закрити</translation>
    </message>
    <message>
        <source>Filter nicht angewendet – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lädt …</source>
        <translation type="unfinished">Завантаження …</translation>
    </message>
    <message>
        <source>mehr als %1 Einträge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Eintrag</source>
        <translation type="unfinished">1 запис</translation>
    </message>
    <message>
        <source>%1 Einträge</source>
        <translation type="unfinished">Записів: %1</translation>
    </message>
    <message>
        <source>%1, neueste zuerst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Einträge für diese Filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditExportPanel</name>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished">Скасувати</translation>
    </message>
    <message>
        <source>&amp;Exportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll speichern unter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei ersetzen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ gibt es schon. Soll die Datei ersetzt werden?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Protokoll wird geschrieben …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wird abgebrochen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeilen geschrieben: %1 von %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeilen geschrieben: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geschrieben: %1 (1&#xa0;Zeile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geschrieben: %1 (%2&#xa0;Zeilen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export abgebrochen – es wurde keine Datei geschrieben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es ist ein unerwarteter Fehler aufgetreten; es wurde keine Datei geschrieben. Einzelheiten stehen in der Protokolldatei von Soest Desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anmeldename …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Einträge der Benutzer, deren Anmeldename so beginnt (Groß-/Kleinschreibung egal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle Bereiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle Aktionen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Nummer des Datensatzes im Bereich, z. B. einer Person oder einer Mängelmeldung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anzeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zurücksetzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeitraum &amp;von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ben&amp;utzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be&amp;reich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nr.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Zeitpunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benutzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktion</source>
        <translation type="unfinished">Дія</translation>
    </message>
    <message>
        <source>Bereich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation type="unfinished">№</translation>
    </message>
    <message>
        <source>Änderungen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Soest Desk sichert die eingebettete Datenbankdatei bei jedem Start und beim Beenden. Diese Einstellungen gelten nur für diesen Arbeitsplatz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diese Sitzung arbeitet mit einer PostgreSQL-Datenbank: Die sichert die IT auf dem Server (pg_dump); die Einstellungen hier gelten erst, wenn wieder eine eingebettete Datei benutzt wird.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;urchsuchen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ordner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aufbewahren:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mindestens behalten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neueste Sicherungen, auch wenn sie älter sind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leer gelassen: der Ordner „backups“ im Datenordner von Soest Desk. Ältere Sicherungen werden beim nächsten Sichern gelöscht; andere Dateien im Ordner bleiben unberührt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherungsordner wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufbewahren (Tage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mindestens behalten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherungsordner: „%1“ ist eine Datei, kein Ordner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bitte einen Wert angeben.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <source>Plätze sperren – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesperrte Plätze werden nicht belegt. Belegte Plätze können nicht gesperrt werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesperrte Plätze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesperrt ab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bis auf Weiteres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesperrt bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grund</source>
        <translation type="unfinished">Причина</translation>
    </message>
    <message>
        <source>Bemerkung</source>
        <translation type="unfinished">Примітка</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Eine stornierte Meldung ist abgeschlossen; sie bleibt im Verlauf sichtbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nummer der ersten Meldung, z. B. 1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doppelt zu #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doppelt zu: bitte die Nummer einer Meldung angeben, z. B. 1234.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Fallzahlen und Betreuungsschlüssel …</source>
        <translation>Кількість справ і навантаження …</translation>
    </message>
    <message>
        <source>Der Fall ist schon abgeschlossen.</source>
        <translation>Справу вже закрито.</translation>
    </message>
    <message>
        <source>%1 ist in die eigene Wohnung ausgezogen. Die Belegungen sind beendet, der Fall ist mit dem Ergebnis „eigene Wohnung“ abgeschlossen.</source>
        <translation>%1 переїхав(-ла) у власне житло. Проживання завершено, справу закрито з результатом «власне житло».</translation>
    </message>
    <message>
        <source>Sozialarbeit</source>
        <translation>Соціальна робота</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>Fälle, die in diesem Monat mit „eigene Wohnung“ abgeschlossen wurden (aus der Übersicht) – klicken, um den Filter aufzuheben</source>
        <translation>Справи, закриті цього місяця з результатом «власне житло» (з огляду) – натисніть, щоб зняти фільтр</translation>
    </message>
    <message>
        <source>&amp;Meine Fälle</source>
        <translation>&amp;Мої справи</translation>
    </message>
    <message>
        <source>Nur die Ihnen zugeordneten Fälle, sortiert nach der nächsten Wiedervorlage (Fälle ohne Wiedervorlage zuletzt)</source>
        <translation>Лише справи, призначені вам, за наступним нагадуванням (справи без нагадування — в кінці)</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Die Fachkraft der Sozialarbeit, der der Fall zugeordnet ist</source>
        <translation>Соціальний працівник, якому призначено справу</translation>
    </message>
    <message>
        <source>Die Unterkunft, in der jemand aus dem Haushalt heute wohnt</source>
        <translation>Житло, в якому сьогодні мешкає хтось із домогосподарства</translation>
    </message>
    <message>
        <source>Zuständig</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Unterkunft</source>
        <translation>Житло</translation>
    </message>
    <message>
        <source>&amp;Zuständig:</source>
        <translation>&amp;Відповідальний:</translation>
    </message>
    <message>
        <source>&amp;Unterkunft:</source>
        <translation>&amp;Житло:</translation>
    </message>
    <message>
        <source>Alle offenen</source>
        <translation>Усі відкриті</translation>
    </message>
    <message>
        <source>Alle Fälle</source>
        <translation>Усі справи</translation>
    </message>
    <message>
        <source>Stand des Falls; „Alle offenen“ lässt die abgeschlossenen Fälle weg</source>
        <translation>Стан справи; «Усі відкриті» не показує закриті справи</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>unter 50 %</source>
        <translation>менше 50 %</translation>
    </message>
    <message>
        <source>50–99 %</source>
        <translation>50–99 %</translation>
    </message>
    <message>
        <source>bereit</source>
        <translation>готові</translation>
    </message>
    <message>
        <source>Anteil der erfüllten Punkte der Checkliste Mietvertragsfähigkeit; „bereit“: alle geltenden Punkte erfüllt</source>
        <translation>Частка виконаних пунктів чек-листа готовності до оренди (Mietvertragsfähigkeit); «готові»: виконано всі чинні пункти</translation>
    </message>
    <message>
        <source>Bereitschaft</source>
        <translation>Готовність</translation>
    </message>
    <message>
        <source>&amp;Bereitschaft:</source>
        <translation>&amp;Готовність:</translation>
    </message>
    <message>
        <source>Wiedervorlage über&amp;fällig</source>
        <translation>&amp;Прострочене нагадування</translation>
    </message>
    <message>
        <source>Fälle mit einer offenen Wiedervorlage, deren Termin vor heute lag</source>
        <translation>Справи з відкритим нагадуванням, термін якого минув</translation>
    </message>
    <message>
        <source>Eigene Wohnung: %1</source>
        <translation>Власне житло: %1</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Lädt …</source>
        <translation>Завантаження …</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Zuständig:</source>
        <translation>Відповідальний:</translation>
    </message>
    <message>
        <source>Eröffnet:</source>
        <translation>Відкрито:</translation>
    </message>
    <message>
        <source>Unterkunft:</source>
        <translation>Житло:</translation>
    </message>
    <message>
        <source>Abgeschlossen:</source>
        <translation>Закрито:</translation>
    </message>
    <message>
        <source>Angebot:</source>
        <translation>Пропозиція:</translation>
    </message>
    <message>
        <source>niemand</source>
        <translation>ніхто</translation>
    </message>
    <message>
        <source>keine (ausgezogen)</source>
        <translation>немає (виїхали)</translation>
    </message>
    <message>
        <source>%1 – Ergebnis: %2</source>
        <translation>%1 – результат: %2</translation>
    </message>
    <message>
        <source>frei ab %1</source>
        <translation>вільне з %1</translation>
    </message>
    <message>
        <source>keine Pflichtpunkte</source>
        <translation>немає обов&apos;язкових пунктів</translation>
    </message>
    <message>
        <source>bereit seit %1</source>
        <translation>готові з %1</translation>
    </message>
    <message>
        <source>bereit</source>
        <translation>готові</translation>
    </message>
    <message>
        <source>noch nicht bereit</source>
        <translation>ще не готові</translation>
    </message>
    <message>
        <source>Mietvertragsfähigkeit: %1 %</source>
        <translation>Готовність до оренди: %1 %</translation>
    </message>
</context>
<context>
    <name>CaseNotesSection</name>
    <message>
        <source>Jedes Öffnen eines Vermerks wird protokolliert.</source>
        <translation>Кожне відкриття нотатки записується в журнал.</translation>
    </message>
    <message>
        <source>&amp;Vermerk …</source>
        <translation>Но&amp;татка …</translation>
    </message>
    <message>
        <source>Einen neuen Vermerk schreiben</source>
        <translation>Написати нову нотатку</translation>
    </message>
    <message>
        <source>Vermerke sind Sozialdaten: Sie sind nur für die Sozialarbeit sichtbar, die den Haushalt begleitet. Status, Checkliste und Wiedervorlagen des Falls bleiben für Sie sichtbar.</source>
        <translation>Нотатки — це соціальні дані: їх бачить лише соціальний працівник, який супроводжує домогосподарство. Статус, чек-лист і нагадування справи залишаються вам видимими.</translation>
    </message>
    <message>
        <source>Noch keine Vermerke zu diesem Fall.</source>
        <translation>До цієї справи ще немає нотаток.</translation>
    </message>
    <message>
        <source>Einen Vermerk in der Liste wählen, um ihn zu lesen.</source>
        <translation>Виберіть нотатку в списку, щоб її прочитати.</translation>
    </message>
    <message>
        <source>Lädt …</source>
        <translation>Завантаження …</translation>
    </message>
</context>
<context>
    <name>CasePane</name>
    <message>
        <source>S&amp;tatus …</source>
        <translation>Стат&amp;ус …</translation>
    </message>
    <message>
        <source>Zuständi&amp;g …</source>
        <translation>Відповіда&amp;льний …</translation>
    </message>
    <message>
        <source>Abs&amp;chließen …</source>
        <translation>&amp;Закрити …</translation>
    </message>
    <message>
        <source>&amp;Wohnung suchen …</source>
        <translation>&amp;Шукати житло …</translation>
    </message>
    <message>
        <source>Auszug i&amp;n eigene Wohnung …</source>
        <translation>Пере&amp;їзд у власне житло …</translation>
    </message>
    <message>
        <source>Checkliste</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>Wiedervorlagen</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <source>Vermerke</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Haushalt, Ziele</source>
        <translation>Домогосподарство, цілі</translation>
    </message>
    <message>
        <source>Wählen Sie links einen Fall aus, um ihn hier zu sehen und zu bearbeiten.</source>
        <translation>Виберіть справу ліворуч, щоб переглянути й опрацювати її тут.</translation>
    </message>
    <message>
        <source>W&amp;iedervorlage …</source>
        <translation>&amp;Нагадування …</translation>
    </message>
    <message>
        <source>&amp;Erledigt</source>
        <translation>Ви&amp;конано</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ziele&lt;/b&gt;</source>
        <translation>&lt;b&gt;Цілі&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Zie&amp;le …</source>
        <translation>&amp;Цілі …</translation>
    </message>
    <message>
        <source>Noch keine Ziele festgehalten.</source>
        <translation>Цілей ще не визначено.</translation>
    </message>
    <message>
        <source>Wiedervorlagen (%1)</source>
        <translation>Нагадування (%1)</translation>
    </message>
    <message>
        <source>%1 offen, davon %2 überfällig</source>
        <translation>відкритих: %1, з них прострочених: %2</translation>
    </message>
    <message>
        <source>Vermerke (%1)</source>
        <translation>Нотатки (%1)</translation>
    </message>
    <message>
        <source>Der Fall kann nicht angezeigt werden.</source>
        <translation>Неможливо показати справу.</translation>
    </message>
    <message>
        <source>Wieder &amp;öffnen</source>
        <translation>В&amp;ідкрити знову</translation>
    </message>
    <message>
        <source>Nicht möglich</source>
        <translation>Неможливо</translation>
    </message>
</context>
<context>
    <name>CaseloadDialog</name>
    <message>
        <source>Fallzahlen und Betreuungsschlüssel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lädt …</source>
        <translation type="unfinished">Завантаження …</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offene Fälle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteil am Soll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>überfällige Wiedervorlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteil am Soll: Personen in den offenen Fällen je Fachkraft gemessen am Betreuungsschlüssel; der Strich markiert 100 %. Gelb über 100 %, rot über 120 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished">Закрити</translation>
    </message>
    <message>
        <source>Soll %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Bewohner*in heute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Bewohner*innen heute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ist: keine aktive Fachkraft der Sozialarbeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ist %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Fachkraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Fachkräfte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fälle ohne Zuständige*n: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Personen bei einem Soll von %2 je Fachkraft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>Punkt</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Gültig bis</source>
        <translation>Дійсне до</translation>
    </message>
    <message>
        <source>Anzahl</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <source>Nachweis</source>
        <translation>Підтвердження</translation>
    </message>
    <message>
        <source>%1 (kein Pflichtpunkt)</source>
        <translation>%1 (не обов&apos;язковий)</translation>
    </message>
    <message>
        <source>%1
abgelaufen</source>
        <translation>%1
прострочене</translation>
    </message>
    <message>
        <source>Nachweis: %1</source>
        <translation>Підтвердження: %1</translation>
    </message>
    <message>
        <source>Abgelaufen: zählt nicht mehr als erfüllt.</source>
        <translation>Строк минув: більше не вважається виконаним.</translation>
    </message>
    <message>
        <source>Fällig am</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Betreff</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Erledigt am</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>%1 – überfällig</source>
        <translation>%1 – прострочено</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Alter</source>
        <translation>Вік</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Wohnt in</source>
        <translation>Мешкає в</translation>
    </message>
    <message>
        <source>ohne Platz</source>
        <translation>без місця</translation>
    </message>
    <message>
        <source>eigene Wohnung</source>
        <translation>власне житло</translation>
    </message>
    <message>
        <source>weggezogen</source>
        <translation>виїхали</translation>
    </message>
    <message>
        <source>keine Begleitung mehr nötig</source>
        <translation>супровід більше не потрібен</translation>
    </message>
    <message>
        <source>Sonstiges</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>відкрито</translation>
    </message>
    <message>
        <source>in Arbeit</source>
        <translation>у роботі</translation>
    </message>
    <message>
        <source>erfüllt</source>
        <translation>виконано</translation>
    </message>
    <message>
        <source>entfällt</source>
        <translation>не застосовується</translation>
    </message>
    <message>
        <source>Beratung</source>
        <translation>Консультація</translation>
    </message>
    <message>
        <source>Hausbesuch</source>
        <translation>Візит додому</translation>
    </message>
    <message>
        <source>Telefonat</source>
        <translation>Телефонна розмова</translation>
    </message>
    <message>
        <source>Begleitung</source>
        <translation>Супровід</translation>
    </message>
    <message>
        <source>nur für die Sozialarbeit sichtbar</source>
        <translation>бачить лише соціальна робота</translation>
    </message>
    <message>
        <source>%1 Min.</source>
        <translation>%1 хв</translation>
    </message>
</context>
<context>
    <name>ChecklistSection</name>
    <message>
        <source>&amp;Punkt bearbeiten …</source>
        <translation>&amp;Редагувати пункт …</translation>
    </message>
    <message>
        <source>Nachweise: %1</source>
        <translation>Підтвердження: %1</translation>
    </message>
    <message>
        <source>Einen Punkt wählen, um seinen Nachweis zu sehen.</source>
        <translation>Виберіть пункт, щоб побачити його підтвердження.</translation>
    </message>
    <message>
        <source>Nachweis: %1</source>
        <translation>Підтвердження: %1</translation>
    </message>
    <message>
        <source>Nachweis: noch keiner eingetragen</source>
        <translation>Підтвердження: ще не внесено</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Fall abschließen – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein abgeschlossener Fall bleibt abgeschlossen; für den Haushalt kann später ein neuer Fall eröffnet werden. Zieht der Haushalt in eine eigene Wohnung, bitte „Auszug in eigene Wohnung …“ verwenden: Das beendet auch die Belegung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation type="unfinished">Результат</translation>
    </message>
    <message>
        <source>Abgeschlossen am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abschließen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Gemeinschaftsunterkunft</source>
        <translation>Гуртожиток</translation>
    </message>
    <message>
        <source>Übergangswohnheim</source>
        <translation>Тимчасовий гуртожиток</translation>
    </message>
    <message>
        <source>Kommunale Wohnung</source>
        <translation>Муніципальна квартира</translation>
    </message>
    <message>
        <source>Privates Wohnraumangebot</source>
        <translation>Приватне житло</translation>
    </message>
    <message>
        <source>Familien</source>
        <translation>Сім&apos;ї</translation>
    </message>
    <message>
        <source>Alleinstehende Männer</source>
        <translation>Самотні чоловіки</translation>
    </message>
    <message>
        <source>Alleinstehende Frauen</source>
        <translation>Самотні жінки</translation>
    </message>
    <message>
        <source>Gemischt</source>
        <translation>Змішане</translation>
    </message>
    <message>
        <source>Offen</source>
        <translation>Відкрита</translation>
    </message>
    <message>
        <source>In Begleitung</source>
        <translation>Супровід</translation>
    </message>
    <message>
        <source>Ruht</source>
        <translation>Призупинена</translation>
    </message>
    <message>
        <source>Abgeschlossen</source>
        <translation>Закрита</translation>
    </message>
    <message>
        <source>Gemeldet</source>
        <translation>Повідомлено</translation>
    </message>
    <message>
        <source>Rückfrage</source>
        <translation>Уточнення</translation>
    </message>
    <message>
        <source>Übernommen</source>
        <translation>Призначено</translation>
    </message>
    <message>
        <source>In Arbeit</source>
        <translation>У роботі</translation>
    </message>
    <message>
        <source>Wartet</source>
        <translation>Очікує</translation>
    </message>
    <message>
        <source>Erledigt gemeldet</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Abgenommen</source>
        <translation>Прийнято</translation>
    </message>
    <message>
        <source>Storniert</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Матеріал</translation>
    </message>
    <message>
        <source>Fremdfirma</source>
        <translation>Підрядник</translation>
    </message>
    <message>
        <source>Zugang</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <source>Sofort</source>
        <translation>Негайно</translation>
    </message>
    <message>
        <source>Dringend</source>
        <translation>Терміново</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Звичайний</translation>
    </message>
    <message>
        <source>Niedrig</source>
        <translation>Низький</translation>
    </message>
    <message>
        <source>Sofort (Verkehrssicherheit)</source>
        <translation>Негайно (безпека)</translation>
    </message>
    <message>
        <source>Arbeitszeit</source>
        <translation>Робочий час</translation>
    </message>
    <message>
        <source>Rechnung Fremdfirma</source>
        <translation>Рахунок підрядника</translation>
    </message>
    <message>
        <source>Elektro</source>
        <translation>Електрика</translation>
    </message>
    <message>
        <source>Sanitär</source>
        <translation>Сантехніка</translation>
    </message>
    <message>
        <source>Heizung</source>
        <translation>Опалення</translation>
    </message>
    <message>
        <source>Fenster/Türen</source>
        <translation>Вікна/двері</translation>
    </message>
    <message>
        <source>Brandschutz</source>
        <translation>Пожежна безпека</translation>
    </message>
    <message>
        <source>Schädlinge</source>
        <translation>Шкідники</translation>
    </message>
    <message>
        <source>Außenanlage</source>
        <translation>Прилегла територія</translation>
    </message>
    <message>
        <source>Möbel/Ausstattung</source>
        <translation>Меблі/обладнання</translation>
    </message>
    <message>
        <source>Reinigung</source>
        <translation>Прибирання</translation>
    </message>
    <message>
        <source>Sonstiges</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Heimleitung</source>
        <translation>Керівництво закладу</translation>
    </message>
    <message>
        <source>Objektservice</source>
        <translation>Служба експлуатації</translation>
    </message>
    <message>
        <source>Sozialarbeit</source>
        <translation>Соціальна робота</translation>
    </message>
    <message>
        <source>Leitung</source>
        <translation>Керівництво</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Адміністрування</translation>
    </message>
    <message>
        <source>Beschwerde</source>
        <translation>Скарга</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>persönlich</source>
        <translation>особисто</translation>
    </message>
    <message>
        <source>Polizei</source>
        <translation>Поліція</translation>
    </message>
    <message>
        <source>Ortsbeirat</source>
        <translation>Рада району</translation>
    </message>
    <message>
        <source>Lärm</source>
        <translation>Шум</translation>
    </message>
    <message>
        <source>Müll</source>
        <translation>Сміття</translation>
    </message>
    <message>
        <source>Parken</source>
        <translation>Паркування</translation>
    </message>
    <message>
        <source>Konflikt</source>
        <translation>Конфлікт</translation>
    </message>
    <message>
        <source>Lob</source>
        <translation>Подяка</translation>
    </message>
    <message>
        <source>Veranstaltung</source>
        <translation>Захід</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Афганістан</translation>
    </message>
    <message>
        <source>Albanien</source>
        <translation>Албанія</translation>
    </message>
    <message>
        <source>Armenien</source>
        <translation>Вірменія</translation>
    </message>
    <message>
        <source>Aserbaidschan</source>
        <translation>Азербайджан</translation>
    </message>
    <message>
        <source>Kongo (Dem. Rep.)</source>
        <translation>Конго (ДР)</translation>
    </message>
    <message>
        <source>Deutschland</source>
        <translation>Німеччина</translation>
    </message>
    <message>
        <source>Algerien</source>
        <translation>Алжир</translation>
    </message>
    <message>
        <source>Ägypten</source>
        <translation>Єгипет</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Еритрея</translation>
    </message>
    <message>
        <source>Äthiopien</source>
        <translation>Ефіопія</translation>
    </message>
    <message>
        <source>Georgien</source>
        <translation>Грузія</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Гвінея</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Гамбія</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Іран</translation>
    </message>
    <message>
        <source>Irak</source>
        <translation>Ірак</translation>
    </message>
    <message>
        <source>Libanon</source>
        <translation>Ліван</translation>
    </message>
    <message>
        <source>Libyen</source>
        <translation>Лівія</translation>
    </message>
    <message>
        <source>Marokko</source>
        <translation>Марокко</translation>
    </message>
    <message>
        <source>Moldau</source>
        <translation>Молдова</translation>
    </message>
    <message>
        <source>Nordmazedonien</source>
        <translation>Північна Македонія</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Нігерія</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Пакистан</translation>
    </message>
    <message>
        <source>Palästinensische Gebiete</source>
        <translation>Палестинські території</translation>
    </message>
    <message>
        <source>Russland</source>
        <translation>Росія</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Сомалі</translation>
    </message>
    <message>
        <source>Serbien</source>
        <translation>Сербія</translation>
    </message>
    <message>
        <source>Syrien</source>
        <translation>Сирія</translation>
    </message>
    <message>
        <source>Tunesien</source>
        <translation>Туніс</translation>
    </message>
    <message>
        <source>Türkei</source>
        <translation>Туреччина</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Україна</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Венесуела</translation>
    </message>
    <message>
        <source>Kosovo</source>
        <translation>Косово</translation>
    </message>
    <message>
        <source>staatenlos</source>
        <translation>без громадянства</translation>
    </message>
    <message>
        <source>ungeklärt</source>
        <translation>не з&apos;ясовано</translation>
    </message>
    <message>
        <source>Jemen</source>
        <translation>Ємен</translation>
    </message>
    <message>
        <source>Rückfrage stellen</source>
        <translation>Поставити запитання</translation>
    </message>
    <message>
        <source>Rückfrage beantworten</source>
        <translation>Відповісти на запитання</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Взяти в роботу</translation>
    </message>
    <message>
        <source>Arbeit beginnen</source>
        <translation>Почати роботу</translation>
    </message>
    <message>
        <source>Wartet …</source>
        <translation>Очікує …</translation>
    </message>
    <message>
        <source>Weiter bearbeiten</source>
        <translation>Продовжити роботу</translation>
    </message>
    <message>
        <source>Erledigt melden</source>
        <translation>Повідомити про виконання</translation>
    </message>
    <message>
        <source>Abnehmen</source>
        <translation>Прийняти</translation>
    </message>
    <message>
        <source>Ablehnen (Nacharbeit)</source>
        <translation>Відхилити (доопрацювання)</translation>
    </message>
    <message>
        <source>Stornieren</source>
        <translation>Скасувати заявку</translation>
    </message>
    <message>
        <source>Antwort</source>
        <translation>Відповідь</translation>
    </message>
    <message>
        <source>Bemerkung</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Erledigte Arbeiten</source>
        <translation>Виконані роботи</translation>
    </message>
    <message>
        <source>Bemerkung zur Abnahme</source>
        <translation>Примітка до приймання</translation>
    </message>
    <message>
        <source>Grund der Ablehnung</source>
        <translation>Причина відхилення</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Unterkünfte ansehen</source>
        <translation>Переглядати житло</translation>
    </message>
    <message>
        <source>Unterkünfte bearbeiten</source>
        <translation>Редагувати житло</translation>
    </message>
    <message>
        <source>Bewohner*innen ansehen</source>
        <translation>Переглядати мешканців</translation>
    </message>
    <message>
        <source>Bewohner*innen bearbeiten</source>
        <translation>Редагувати мешканців</translation>
    </message>
    <message>
        <source>Belegungen verwalten</source>
        <translation>Керувати заселенням</translation>
    </message>
    <message>
        <source>Auszug in eigene Wohnung eintragen</source>
        <translation>Вносити переїзд у власне житло</translation>
    </message>
    <message>
        <source>Plätze zuweisen</source>
        <translation>Розподіляти місця</translation>
    </message>
    <message>
        <source>Mängelmeldungen ansehen</source>
        <translation>Переглядати заявки про несправності</translation>
    </message>
    <message>
        <source>Mängel melden</source>
        <translation>Повідомляти про несправності</translation>
    </message>
    <message>
        <source>Mängel bearbeiten</source>
        <translation>Опрацьовувати несправності</translation>
    </message>
    <message>
        <source>Reparaturen abnehmen</source>
        <translation>Приймати ремонти</translation>
    </message>
    <message>
        <source>Fälle ansehen</source>
        <translation>Переглядати справи</translation>
    </message>
    <message>
        <source>Fälle bearbeiten</source>
        <translation>Редагувати справи</translation>
    </message>
    <message>
        <source>Vermerke lesen</source>
        <translation>Читати нотатки</translation>
    </message>
    <message>
        <source>Nachbarschaftsmeldungen ansehen</source>
        <translation>Переглядати повідомлення від сусідів</translation>
    </message>
    <message>
        <source>Nachbarschaftsmeldungen bearbeiten</source>
        <translation>Редагувати повідомлення від сусідів</translation>
    </message>
    <message>
        <source>Berichte exportieren</source>
        <translation>Експортувати звіти</translation>
    </message>
    <message>
        <source>Pilotunterkünfte festlegen</source>
        <translation>Визначати пілотне житло</translation>
    </message>
    <message>
        <source>Benutzer verwalten</source>
        <translation>Керувати користувачами</translation>
    </message>
    <message>
        <source>Einstellungen verwalten</source>
        <translation>Керувати налаштуваннями</translation>
    </message>
    <message>
        <source>Protokoll ansehen</source>
        <translation>Переглядати протокол</translation>
    </message>
    <message>
        <source>Datenschutzaufgaben erledigen</source>
        <translation>Виконувати завдання із захисту даних</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Spalten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spalte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Spalten zeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Meldung #%1 wurde inzwischen geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzwischen geändert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Die Änderung steht nicht im Verlauf, z. B. eine Korrektur der Daten.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ihre Eingabe (nicht gespeichert, zum Kopieren):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neu laden</source>
        <translation type="unfinished">Перезавантажити</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished">Закрити</translation>
    </message>
</context>
<context>
    <name>CostRowsEditor</name>
    <message>
        <source>Art</source>
        <translation type="unfinished">Тип</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation type="unfinished">Опис</translation>
    </message>
    <message>
        <source>Betrag €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stunden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satz €/Std.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Weitere Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Dichtung, Ventil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diese Position entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summe: %1</source>
        <translation type="unfinished">Разом: %1</translation>
    </message>
</context>
<context>
    <name>CostsDialog</name>
    <message>
        <source>Kosten buchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positionen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kosten: bitte mindestens eine Position ausfüllen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>1 Unterkunft</source>
        <translation>1 житловий об&apos;єкт</translation>
    </message>
    <message>
        <source>1 Bewohner*in</source>
        <translation>1 мешканець</translation>
    </message>
    <message>
        <source>1 Fall</source>
        <translation>1 справа</translation>
    </message>
    <message>
        <source>1 Meldung</source>
        <translation>1 повідомлення</translation>
    </message>
    <message>
        <source>1 Eintrag</source>
        <translation>1 запис</translation>
    </message>
    <message numerus="yes">
        <source>%1 Unterkünfte</source>
        <translation>
            <numerusform>%1 житловий об&apos;єкт</numerusform>
            <numerusform>%1 житлові об&apos;єкти</numerusform>
            <numerusform>%1 житлових об&apos;єктів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Bewohner*innen</source>
        <translation>
            <numerusform>%1 мешканець</numerusform>
            <numerusform>%1 мешканці</numerusform>
            <numerusform>%1 мешканців</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Fälle</source>
        <translation>
            <numerusform>%1 справа</numerusform>
            <numerusform>%1 справи</numerusform>
            <numerusform>%1 справ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Meldungen</source>
        <translation>
            <numerusform>%1 повідомлення</numerusform>
            <numerusform>%1 повідомлення</numerusform>
            <numerusform>%1 повідомлень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Einträge</source>
        <translation>
            <numerusform>%1 запис</numerusform>
            <numerusform>%1 записи</numerusform>
            <numerusform>%1 записів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>&amp;Eingebettete Datei (nur dieser Arbeitsplatz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durch&amp;suchen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datei:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PostgreSQL-Server (gemeinsame Datenbank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. db.soest.intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daten&amp;bank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leer: bei der Anmeldung eingeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ben&amp;utzer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nur für den Test, wird nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;wort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbindung &amp;testen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Änderung gilt ab dem nächsten Start von Soest Desk. Ein Passwort wird nicht gespeichert: Soest Desk fragt es bei der Anmeldung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenbank beim nächsten Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diese Sitzung: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datenbank ist durch die Umgebungsvariable %1 festgelegt; sie hat Vorrang. Eine Änderung hier wirkt erst, wenn die Variable entfernt ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datenbank ist von der IT für alle Benutzer dieses Rechners vorgegeben (%1). Eine Einstellung hier gilt stattdessen für Ihr Benutzerkonto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datenbank steht in Ihrer Einstellungsdatei (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es gilt die Vorgabe: die eingebettete Datei im Datenordner von Soest Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diese Sitzung wurde mit einer anderen Datenbank gestartet (Befehlszeile „--database-url“ oder Demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenbankdatei wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite-Datenbank (*.sqlite *.db);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenbank</source>
        <translation type="unfinished">База даних</translation>
    </message>
    <message>
        <source>%1: bitte angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei: „%1“ gibt es nicht. Bitte wählen Sie eine vorhandene Datenbank von Soest Desk, oder lassen Sie das Feld leer für die eingebettete Standarddatei.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbindung wird geprüft …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbindung hergestellt: %1. Eine Datenbank von Soest Desk mit dem Schema-Stand %2, passend zu dieser Version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbindung hergestellt: %1. Eine Datenbank von Soest Desk mit dem älteren Schema-Stand %2; sie wird beim Start auf den Stand dieser Version gebracht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbindung hergestellt: %1. Die Datenbank stammt von einer neueren Version von Soest Desk (Schema-Stand %2); bitte installieren Sie zuerst die aktuelle Version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbindung hergestellt: %1. Die Datenbank ist noch leer; Soest Desk richtet sie beim ersten Start ein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbindung hergestellt: %1. Die Datenbank enthält aber Tabellen, die nicht von Soest Desk stammen; bitte wählen Sie eine leere Datenbank oder eine von Soest Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Verbindung: Die Datei „%1“ gibt es nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Server %1 ist erreichbar, hat die Anmeldung aber abgelehnt: %3 Für den Test bitte Benutzer und Passwort eingeben (das Passwort wird nicht gespeichert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Verbindung: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Als gesichert melden …</source>
        <translation>Повідомити: убезпечено …</translation>
    </message>
    <message>
        <source>Kommentieren …</source>
        <translation>Коментувати …</translation>
    </message>
    <message>
        <source>Priorität ändern …</source>
        <translation>Змінити пріоритет …</translation>
    </message>
    <message>
        <source>Foto anhängen …</source>
        <translation>Додати фото …</translation>
    </message>
    <message>
        <source>Kosten buchen …</source>
        <translation>Внести витрати …</translation>
    </message>
    <message>
        <source>Am Zug: %1</source>
        <translation>Хід за: %1</translation>
    </message>
    <message>
        <source>Priorität: %1</source>
        <translation>Пріоритет: %1</translation>
    </message>
    <message>
        <source>Frist: %1</source>
        <translation>Термін: %1</translation>
    </message>
    <message>
        <source>Überfällig</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Verkehrssicherheit</source>
        <translation>Безпека</translation>
    </message>
    <message>
        <source>Auftrag drucken (PDF) …</source>
        <translation>Друк наряду (PDF) …</translation>
    </message>
    <message>
        <source>Ort:</source>
        <translation>Місце:</translation>
    </message>
    <message>
        <source>Kategorie:</source>
        <translation>Категорія:</translation>
    </message>
    <message>
        <source>Gemeldet:</source>
        <translation>Повідомлено:</translation>
    </message>
    <message>
        <source>Zuständig:</source>
        <translation>Відповідальний:</translation>
    </message>
    <message>
        <source>noch niemand</source>
        <translation>ще ніхто</translation>
    </message>
    <message>
        <source>Nacharbeit:</source>
        <translation>Доопрацювання:</translation>
    </message>
    <message>
        <source>%1-mal abgelehnt</source>
        <translation>Відхилено разів: %1</translation>
    </message>
    <message>
        <source>Doppelt zu:</source>
        <translation>Дублікат до:</translation>
    </message>
    <message>
        <source>Abgeschlossen:</source>
        <translation>Закрито:</translation>
    </message>
    <message>
        <source>Wiederholungsmangel: dieselbe Kategorie im selben Zimmer wurde kurz davor oder danach schon gemeldet – %1.</source>
        <translation>Повторна несправність: про ту саму категорію в тій самій кімнаті вже повідомляли незадовго до чи після цього – %1.</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Keine Beschreibung.</source>
        <translation>Опису немає.</translation>
    </message>
    <message>
        <source>Fotos (%1)</source>
        <translation>Фото (%1)</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Витрати</translation>
    </message>
    <message>
        <source>Zeit je Status</source>
        <translation>Час за статусами</translation>
    </message>
    <message>
        <source>Verlauf (neueste zuerst)</source>
        <translation>Історія (спершу нові)</translation>
    </message>
    <message>
        <source> (%1 Std. × %2)</source>
        <translation> (%1 год × %2)</translation>
    </message>
    <message>
        <source>Summe: %1</source>
        <translation>Разом: %1</translation>
    </message>
    <message>
        <source>am Zug: %1</source>
        <translation>хід за: %1</translation>
    </message>
</context>
<context>
    <name>DocumentsEditor</name>
    <message>
        <source>Art</source>
        <translation type="unfinished">Тип</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausstellungsstaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gültig bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokument hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. FX123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>Diese Person ist möglicherweise schon erfasst. Bitte prüfen Sie, ob es dieselbe Person ist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation type="unfinished">Дата народження</translation>
    </message>
    <message>
        <source>Wohnt in</source>
        <translation type="unfinished">Мешкає в</translation>
    </message>
    <message>
        <source>Übereinstimmung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorhandene Person öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trotzdem neu anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beendet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nirgends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndBlockDialog</name>
    <message>
        <source>Sperrung aufheben – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bis auf Weiteres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 seit %3, %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plätze</source>
        <translation type="unfinished">Місця</translation>
    </message>
    <message>
        <source>Sperrung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frei ab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sperrung: bitte eine Sperrung wählen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Soest Desk – Das hat nicht geklappt</source>
        <translation>Soest Desk – не вдалося</translation>
    </message>
    <message>
        <source>Das hat nicht geklappt.</source>
        <translation>Не вдалося.</translation>
    </message>
    <message>
        <source>Bei diesem Schritt ist ein unerwarteter Fehler aufgetreten. Ihre gespeicherten Daten sind sicher: Was vorher gespeichert war, bleibt erhalten. Eine Eingabe, die gerade gespeichert werden sollte, prüfen Sie bitte noch einmal.

Sie können weiterarbeiten. Wenn der Fehler wiederkommt, nennen Sie der IT-Betreuung bitte die Vorfallsnummer.</source>
        <translation>На цьому кроці сталася неочікувана помилка. Ваші збережені дані в безпеці: усе, що було збережено раніше, залишається. Перевірте, будь ласка, ще раз дані, які саме мали бути збережені.

Ви можете працювати далі. Якщо помилка повториться, повідомте, будь ласка, ІТ-підтримці номер інциденту.</translation>
    </message>
    <message>
        <source>Vorfallsnummer: %1</source>
        <translation>Номер інциденту: %1</translation>
    </message>
    <message>
        <source>Die Einzelheiten stehen im Protokoll:
%1</source>
        <translation>Подробиці — у журналі:
%1</translation>
    </message>
    <message>
        <source>Protokollordner öffnen</source>
        <translation>Відкрити теку журналів</translation>
    </message>
    <message>
        <source>Details kopieren</source>
        <translation>Копіювати подробиці</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Die Details sind in der Zwischenablage.</source>
        <translation>Подробиці скопійовано в буфер обміну.</translation>
    </message>
    <message>
        <source>Danach ist noch %1-mal ein Fehler aufgetreten; alle stehen im Protokoll.</source>
        <translation>Після цього помилка виникла ще стільки разів: %1; усі записано в журнал.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-Dokument (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bericht exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ihre Rolle erlaubt den Bericht „%1“ nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ihre Rolle erlaubt keinen Bericht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished">Скасувати</translation>
    </message>
    <message>
        <source>Datei ö&amp;ffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ordner öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished">Закрити</translation>
    </message>
    <message>
        <source>Die Unterkünfte konnten nicht geladen werden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bericht speichern unter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei ersetzen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ gibt es schon. Soll die Datei ersetzt werden?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Bericht wird zusammengestellt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wird abgebrochen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeilen geschrieben: %1 von %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeilen geschrieben: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geschrieben: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geschrieben: %1 (1&#xa0;Zeile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geschrieben: %1 (%2&#xa0;Zeilen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export abgebrochen – es wurde keine Datei geschrieben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es ist ein unerwarteter Fehler aufgetreten; es wurde keine Datei geschrieben. Einzelheiten stehen in der Protokolldatei von Soest Desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>Letzter Monat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dieser Monat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letztes Quartal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dieses Jahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letztes Jahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letzte 12 Monate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigener Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durch&amp;suchen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be&amp;richt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zeitraum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterkünfte:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datei:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilityFilterBar</name>
    <message>
        <source>Nur diese Unterkunft (aus der Übersicht) – klicken, um wieder alle zu zeigen</source>
        <translation>Лише це житло (з огляду) – натисніть, щоб знову показати все</translation>
    </message>
    <message>
        <source>Unterkünfte mit mindestens so vielen freien Plätzen (Plätze minus gesperrte minus belegte, heute)</source>
        <translation>Житло, де щонайменше стільки вільних місць (місця мінус заблоковані мінус зайняті, на сьогодні)</translation>
    </message>
    <message>
        <source>Freie Plätze mindestens</source>
        <translation>Вільних місць від</translation>
    </message>
    <message>
        <source>Barrierefrei</source>
        <translation>Безбар&apos;єрне</translation>
    </message>
    <message>
        <source>Die Unterkunft ist barrierefrei oder hat mindestens eine barrierefreie Wohneinheit</source>
        <translation>Житло безбар&apos;єрне або має щонайменше одну безбар&apos;єрну житлову одиницю</translation>
    </message>
    <message>
        <source>Haustiere erlaubt</source>
        <translation>Тварини дозволені</translation>
    </message>
    <message>
        <source>Unterkünfte, in denen Haustiere erlaubt sind</source>
        <translation>Житло, де дозволено домашніх тварин</translation>
    </message>
    <message>
        <source>Rauchen erlaubt</source>
        <translation>Куріння дозволене</translation>
    </message>
    <message>
        <source>Unterkünfte, in denen Rauchen erlaubt ist</source>
        <translation>Житло, де дозволено курити</translation>
    </message>
    <message>
        <source>Alle Arten</source>
        <translation>Усі типи</translation>
    </message>
    <message>
        <source>Art der Unterkunft</source>
        <translation>Тип житла</translation>
    </message>
    <message>
        <source>Alle Stadtteile</source>
        <translation>Усі райони</translation>
    </message>
    <message>
        <source>Stadtteil</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Alle Belegungsarten</source>
        <translation>Усі види заселення</translation>
    </message>
    <message>
        <source>Unterkünfte mit mindestens einer aktiven Wohneinheit dieser Belegungsart</source>
        <translation>Житло з принаймні однією активною житловою одиницею цього виду заселення</translation>
    </message>
    <message>
        <source>Eine Unterkunft</source>
        <translation>Одне житло</translation>
    </message>
    <message>
        <source>Unterkunft: %1</source>
        <translation>Житло: %1</translation>
    </message>
</context>
<context>
    <name>FacilityFormDialog</name>
    <message>
        <source>Neue Unterkunft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterkunft bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art</source>
        <translation type="unfinished">Тип</translation>
    </message>
    <message>
        <source>z. B. Haus am Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. 850,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wohnfläche (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barrierefrei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haustiere erlaubt</source>
        <translation type="unfinished">Тварини дозволені</translation>
    </message>
    <message>
        <source>Rauchen erlaubt</source>
        <translation type="unfinished">Куріння дозволене</translation>
    </message>
    <message>
        <source>Ausstattung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bemerkungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterkunft bearbeiten – %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilityPicker</name>
    <message>
        <source>&amp;Alle Unterkünfte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aus&amp;wahl:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle</source>
        <translation type="unfinished">Усі</translation>
    </message>
    <message>
        <source>Keine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alle Unterkünfte (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lädt …</source>
        <translation type="unfinished">Завантаження …</translation>
    </message>
    <message>
        <source>%1 von %2 gewählt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Am Zug: %1</source>
        <translation>Хід за: %1</translation>
    </message>
    <message>
        <source>Nur Mängelmeldungen, bei denen diese Rolle am Zug ist (aus der Übersicht) – klicken, um den Filter aufzuheben</source>
        <translation>Лише заявки, де хід за цією роллю (з огляду) – натисніть, щоб зняти фільтр</translation>
    </message>
    <message>
        <source>Alle Unterkünfte</source>
        <translation>Усе житло</translation>
    </message>
    <message>
        <source>Alle Kategorien</source>
        <translation>Усі категорії</translation>
    </message>
    <message>
        <source>Alle Prioritäten</source>
        <translation>Усі пріоритети</translation>
    </message>
    <message>
        <source>%1 (aufgelöst)</source>
        <translation>%1 (розформовано)</translation>
    </message>
</context>
<context>
    <name>FilterChip</name>
    <message>
        <source>Filter: %1 – aufheben</source>
        <translation>Фільтр: %1 – зняти</translation>
    </message>
</context>
<context>
    <name>FlatSearchDialog</name>
    <message>
        <source>Wohnungssuche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Mitte, Süd – leer: alle Stadtteile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suchen</source>
        <translation type="unfinished">&amp;Пошук</translation>
    </message>
    <message>
        <source>&amp;Einzug ab:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tadtteile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angebot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stadtteil</source>
        <translation type="unfinished">Район</translation>
    </message>
    <message>
        <source>Plätze</source>
        <translation type="unfinished">Місця</translation>
    </message>
    <message>
        <source>m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m² je Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barrierefrei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haustiere</source>
        <translation type="unfinished">Тварини</translation>
    </message>
    <message>
        <source>frei ab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermieter*in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warum nicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passende Angebote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passt nicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reservieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservierung &amp;aufheben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished">Закрити</translation>
    </message>
    <message>
        <source>Sucht …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passende Angebote ab %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passt nicht (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zurzeit gibt es kein freies Wohnraumangebot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kein passendes Angebot ab %1 – die Gründe stehen unter „Passt nicht“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Person</source>
        <translation type="unfinished">1 особа</translation>
    </message>
    <message>
        <source>%1 Personen</source>
        <translation type="unfinished">Осіб: %1</translation>
    </message>
    <message>
        <source>Haushalt %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mietvertragsfähig – bereit seit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mietvertragsfähig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch nicht mietvertragsfähig: %1 von %2 Punkten erfüllt. Suchen geht schon, reservieren erst, wenn alle Punkte der Checkliste erfüllt sind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserviert für diesen Haushalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passt bei dieser Suche nicht: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished">так</translation>
    </message>
    <message>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sofort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserviert …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hebt auf …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ ist jetzt für diesen Haushalt reserviert. Als Nächstes: Kontakt mit der Vermieter*in aufnehmen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Reservierung ist aufgehoben; „%1“ ist wieder frei.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erst möglich, wenn der Haushalt mietvertragsfähig ist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Neue Wiedervorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fällig am</source>
        <translation type="unfinished">Термін</translation>
    </message>
    <message>
        <source>z. B. WBS-Antrag nachhalten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betreff</source>
        <translation type="unfinished">Тема</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Beenden …</source>
        <translation>Завершити …</translation>
    </message>
    <message>
        <source>Als beendet markieren; es wird nichts gelöscht.</source>
        <translation>Позначити як завершене; нічого не видаляється.</translation>
    </message>
    <message>
        <source>Neu laden</source>
        <translation>Перезавантажити</translation>
    </message>
    <message>
        <source>Dieser Eintrag ist beendet und kann nicht mehr geändert werden.</source>
        <translation>Цей запис завершено, його більше не можна змінити.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Straße und Hausnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. 59494</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straße</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLZ, Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stadtteil</source>
        <translation type="unfinished">Район</translation>
    </message>
    <message>
        <source>weiblich</source>
        <translation>жіноча</translation>
    </message>
    <message>
        <source>männlich</source>
        <translation>чоловіча</translation>
    </message>
    <message>
        <source>divers</source>
        <translation>інша</translation>
    </message>
    <message>
        <source>unbekannt</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>Reisepass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personalausweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufenthaltstitel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankunftsnachweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sonstiges Dokument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haushaltsvorstand</source>
        <translation>Голова домогосподарства</translation>
    </message>
    <message>
        <source>Partner*in</source>
        <translation>Партнер(-ка)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Дитина</translation>
    </message>
    <message>
        <source>Angehörige*r</source>
        <translation>Родич(-ка)</translation>
    </message>
    <message>
        <source>Sonstige*r</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Angeboten</source>
        <translation>Запропоновано</translation>
    </message>
    <message>
        <source>Reserviert</source>
        <translation>Зарезервовано</translation>
    </message>
    <message>
        <source>Angenommen</source>
        <translation>Прийнято</translation>
    </message>
    <message>
        <source>Zurückgezogen</source>
        <translation>Відкликано</translation>
    </message>
    <message>
        <source>Land oder Code, z. B. Ukraine oder UKR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewohner*in beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1wird als beendet markiert: nicht mehr in unserer Betreuung. Die Daten bleiben erhalten, es wird nichts gelöscht. Wer noch in einer Unterkunft wohnt oder eingeplant ist, muss zuerst ausziehen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haushalt beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Haushalt %1wird als beendet markiert. Seine Mitglieder bleiben als Nachweis verbunden; es wird nichts gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterkunft beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Unterkunft %1wird mit allen Wohneinheiten außer Betrieb genommen. Es wird nichts gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wohneinheit beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Wohneinheit %1wird außer Betrieb genommen. Es wird nichts gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wohnraumangebot beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Wohnraumangebot %1wird beendet. Es wird nichts gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wirklich beenden?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished">Скасувати</translation>
    </message>
    <message>
        <source>Pilotprojekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für die Pilotauswertung; leer lassen, wenn die Unterkunft nicht teilnimmt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Pilotauswertung vergleicht die Unterkünfte einer Pilotgruppe vor und nach dem Pilotstart mit den übrigen Unterkünften.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine – nicht im Pilotprojekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilotunterkünfte legt die Leitung fest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilotgruppe</source>
        <translation type="unfinished">Пілотна група</translation>
    </message>
    <message>
        <source>Pilotstart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <source>Ziele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was der Haushalt mit der Begleitung erreichen will.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdFormDialog</name>
    <message>
        <source>Neuer Haushalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haushalt bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Familie Kovalenko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezeichnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglieder: %1 ist schon aufgeführt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nr. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haushalt bearbeiten – %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>– nicht importieren –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished">так</translation>
    </message>
    <message>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spalte %1 der Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeile %1 der Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pflichtfeld. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feld für Spalte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterkünfte</source>
        <translation type="unfinished">Житло</translation>
    </message>
    <message>
        <source>Wohneinheiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewohner*innen</source>
        <translation type="unfinished">Мешканці</translation>
    </message>
    <message>
        <source>Unterkunft</source>
        <translation type="unfinished">Житло</translation>
    </message>
    <message>
        <source>Wohneinheit</source>
        <translation type="unfinished">Житлова одиниця</translation>
    </message>
    <message>
        <source>Bewohner*in</source>
        <translation type="unfinished">мешканець</translation>
    </message>
    <message>
        <source>Zeile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spalte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was nicht stimmt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haushalt</source>
        <translation type="unfinished">Домогосподарство</translation>
    </message>
    <message>
        <source>Haushalten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeilen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mögliche Dublette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mögliche Dubletten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeile ist fehlerhaft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeilen sind fehlerhaft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 geprüft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fehlerhaft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solange eine Zeile fehlerhaft ist, wird nichts importiert. Bitte korrigieren Sie die Liste (oder die Zuordnung der Spalten) und prüfen Sie erneut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte prüfen Sie die Dubletten. Mit „Dubletten überspringen“ werden nur die übrigen Zeilen importiert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es gibt nichts zu importieren: alle Zeilen sind schon erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Dubletten werden übersprungen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importiert werden können: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es wurde nichts importiert: %1. Die Liste unten nennt die Gründe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importiert: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übersprungen: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mögliche Dublette: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wird übersprungen, mögliche Dublette: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeilen werden geprüft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeilen werden gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es ist ein unerwarteter Fehler aufgetreten; es wurde nichts gespeichert. Einzelheiten stehen in der Protokolldatei von Soest Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-Datei, Blatt „%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV-Datei, Zeichensatz %1, Trennzeichen %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaltenüberschriften in Zeile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Datenzeile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Datenzeilen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Vorschau: die ersten %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Liste wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was importieren:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vorlage speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Excel-Vorlage mit den Spalten, die der Import erkennt, für die gewählte Art speichern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-Datei (.xlsx) oder CSV-Datei (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei &amp;wählen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neu laden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei noch einmal lesen, z. B. nachdem Sie sie in Excel korrigiert haben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Vorschau und Spalten zuordnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wählen Sie über jeder Spalte, was sie enthält. Mit * markierte Felder sind Pflicht; grau dargestellte Spalten werden nicht importiert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übernommen werden %1 von %2 Spalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht importiert: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Prüfen und importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seit der Prüfung wurde etwas geändert; bitte erneut prüfen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch nicht geprüft. „Prüfen“ liest alle Zeilen und zeigt hier jede fehlerhafte Zeile; gespeichert wird dabei nichts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Liste importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ihre Rolle erlaubt keinen Import von Listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dubletten überspringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mögliche Dubletten werden nicht importiert, die übrigen Zeilen schon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prüfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished">Закрити</translation>
    </message>
    <message>
        <source>Liste zum Import wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel- und CSV-Dateien (%1);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ wird gelesen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei enthält nur Spaltenüberschriften, keine Datenzeilen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorlage speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorlage wird gespeichert …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorlage für %1 gespeichert: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Liste wird geprüft …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Liste wird importiert …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es wurde nichts gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Prüfung wurde abgebrochen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>Begehung erfassen</source>
        <translation type="unfinished">Внести перевірку</translation>
    </message>
    <message>
        <source>Unterkunft:</source>
        <translation type="unfinished">Житло:</translation>
    </message>
    <message>
        <source>Datum der Begehung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle übrigen in Ordnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setzt jeden Punkt ohne Ergebnis auf „in Ordnung“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allgemeine Bemerkung zur Begehung (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begehung speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkliste – jeder Punkt braucht ein Ergebnis. Jeder Mangel wird als Mängelmeldung an den Objektservice gegeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bemerkung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterkunft: Sie sind für keine Unterkunft als Heimleitung eingetragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichert …</source>
        <translation type="unfinished">Збереження …</translation>
    </message>
</context>
<context>
    <name>InspectionRecordDialog</name>
    <message>
        <source>Begehung vom %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterkunft: %1</source>
        <translation type="unfinished">Житло: %1</translation>
    </message>
    <message>
        <source>Begehung am %1 durch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erfasst am %1 · %2 Mängel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bemerkung: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Sicherheit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspections</name>
    <message>
        <source>in Ordnung</source>
        <translation>у порядку</translation>
    </message>
    <message>
        <source>Mangel</source>
        <translation>Несправність</translation>
    </message>
    <message>
        <source>entfällt</source>
        <translation>не застосовується</translation>
    </message>
    <message>
        <source>Es ist ein unerwarteter Fehler aufgetreten. Einzelheiten stehen in der Protokolldatei von Soest Desk.</source>
        <translation>Сталася неочікувана помилка. Подробиці — у файлі журналу Soest Desk.</translation>
    </message>
    <message>
        <source>Sicherheit</source>
        <translation>Безпека</translation>
    </message>
    <message>
        <source>Ein Mangel hier wird als Gefahrenstelle gemeldet (Sofort, Verkehrssicherheit).</source>
        <translation>Несправність тут реєструється як небезпечне місце (негайно, безпека).</translation>
    </message>
    <message>
        <source>Bemerkung (bei Mangel Pflicht)</source>
        <translation>Примітка (обов&apos;язкова при несправності)</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Prüfpunkt</source>
        <translation>Пункт перевірки</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Bemerkung</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Mängelmeldung</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Unterkunft</source>
        <translation>Житло</translation>
    </message>
    <message>
        <source>Rhythmus</source>
        <translation>Періодичність</translation>
    </message>
    <message>
        <source>Letzte Begehung</source>
        <translation>Остання перевірка</translation>
    </message>
    <message>
        <source>Nächste fällig</source>
        <translation>Наступна</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Offene Mängel</source>
        <translation>Відкриті несправності</translation>
    </message>
    <message>
        <source>ausgesetzt</source>
        <translation>призупинено</translation>
    </message>
    <message>
        <source>Überfällig – noch nie begangen</source>
        <translation>Прострочено – ще не перевірялося</translation>
    </message>
    <message>
        <source>Überfällig – seit 1 Tag</source>
        <translation>Прострочено – 1 день</translation>
    </message>
    <message>
        <source>Überfällig – seit %1 Tagen</source>
        <translation>Прострочено – днів: %1</translation>
    </message>
    <message>
        <source>fällig heute</source>
        <translation>термін сьогодні</translation>
    </message>
    <message>
        <source>im Plan</source>
        <translation>за планом</translation>
    </message>
    <message>
        <source>Offene Mängelmeldungen aus Begehungen dieser Unterkunft</source>
        <translation>Відкриті заявки з перевірок цього житла</translation>
    </message>
    <message>
        <source>wöchentlich</source>
        <translation>щотижня</translation>
    </message>
    <message>
        <source>alle %1 Tage</source>
        <translation>кожні %1 дн.</translation>
    </message>
</context>
<context>
    <name>InspectionsTab</name>
    <message>
        <source>Begehung erfassen</source>
        <translation>Внести перевірку</translation>
    </message>
    <message>
        <source>Rhythmus ändern …</source>
        <translation>Змінити періодичність …</translation>
    </message>
    <message>
        <source>Begehungen</source>
        <translation>Перевірки</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Durchgeführt von</source>
        <translation>Провів(-ла)</translation>
    </message>
    <message>
        <source>Mängel</source>
        <translation>Несправності</translation>
    </message>
    <message>
        <source>Protokoll ansehen</source>
        <translation>Переглянути протокол</translation>
    </message>
    <message>
        <source>Lädt …</source>
        <translation>Завантаження …</translation>
    </message>
    <message>
        <source>Keine Unterkünfte für Begehungen.</source>
        <translation>Немає житла для перевірок.</translation>
    </message>
    <message>
        <source>Begangen werden die Unterkünfte, für die Sie zuständig sind; private Wohnraumangebote gehören nicht dazu.</source>
        <translation>Перевіряється житло, за яке ви відповідаєте; приватне житло сюди не належить.</translation>
    </message>
    <message>
        <source>%1 von %2 Unterkünften überfällig · %3 offene Mängel aus Begehungen</source>
        <translation>Прострочено: %1 з %2 об&apos;єктів житла · відкритих несправностей з перевірок: %3</translation>
    </message>
    <message>
        <source>Die Begehungen konnten nicht geladen werden.</source>
        <translation>Не вдалося завантажити перевірки.</translation>
    </message>
    <message>
        <source>Begehungen: %1</source>
        <translation>Перевірки: %1</translation>
    </message>
    <message>
        <source>Rhythmus der Begehung</source>
        <translation>Періодичність перевірки</translation>
    </message>
    <message>
        <source>%1: Begehung alle … Tage</source>
        <translation>%1: перевірка кожні … дн.</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished">Скасувати</translation>
    </message>
    <message>
        <source>Wird abgebrochen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 von %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LazyTableModel</name>
    <message>
        <source>Beim Laden ist ein unerwarteter Fehler aufgetreten. Einzelheiten stehen in der Protokolldatei von Soest Desk.</source>
        <translation>Під час завантаження сталася неочікувана помилка. Подробиці — у файлі журналу Soest Desk.</translation>
    </message>
</context>
<context>
    <name>ListFilterBar</name>
    <message>
        <source>Filter zurücksetzen</source>
        <translation>Скинути фільтри</translation>
    </message>
    <message>
        <source>Alle Filter dieser Liste aufheben</source>
        <translation>Зняти всі фільтри цього списку</translation>
    </message>
    <message>
        <source>beliebig</source>
        <translation>будь-яке</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>Lädt …</source>
        <translation>Завантаження …</translation>
    </message>
    <message>
        <source>Dieser Bereich ist Ihrer Rolle nicht freigegeben.</source>
        <translation>Цей розділ недоступний для вашої ролі.</translation>
    </message>
    <message>
        <source>Die Liste konnte nicht geladen werden.</source>
        <translation>Не вдалося завантажити список.</translation>
    </message>
    <message>
        <source>Keine Treffer für „%1“ mit diesen Filtern.</source>
        <translation>Нічого не знайдено за «%1» з цими фільтрами.</translation>
    </message>
    <message>
        <source>Keine Treffer mit diesen Filtern.</source>
        <translation>З цими фільтрами нічого не знайдено.</translation>
    </message>
    <message>
        <source>Wählen Sie weniger Filter oder setzen Sie sie mit „Filter zurücksetzen“ zurück.</source>
        <translation>Виберіть менше фільтрів або скиньте їх кнопкою «Скинути фільтри».</translation>
    </message>
    <message>
        <source>Keine Treffer für „%1“.</source>
        <translation>Нічого не знайдено за «%1».</translation>
    </message>
    <message>
        <source>Prüfen Sie die Schreibweise oder suchen Sie nach einem Teil des Namens.</source>
        <translation>Перевірте написання або шукайте за частиною імені.</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>ja</source>
        <translation>так</translation>
    </message>
    <message>
        <source>Nur das Geburtsjahr ist bekannt.</source>
        <translation>Відомий лише рік народження.</translation>
    </message>
    <message>
        <source>Nur Monat und Jahr der Geburt sind bekannt.</source>
        <translation>Відомі лише місяць і рік народження.</translation>
    </message>
    <message>
        <source>Überbelegt um %1 Plätze</source>
        <translation>Перевищено на %1 місць</translation>
    </message>
    <message>
        <source>Überfällig – fällig war %1</source>
        <translation>Прострочено – термін був %1</translation>
    </message>
    <message>
        <source>Überfällig – die Sicherung der Gefahrenstelle ist nicht rechtzeitig gemeldet.</source>
        <translation>Прострочено – про убезпечення небезпечного місця не повідомлено вчасно.</translation>
    </message>
    <message>
        <source>Unterkünfte</source>
        <translation>Житло</translation>
    </message>
    <message>
        <source>Bewohner*innen</source>
        <translation>Мешканці</translation>
    </message>
    <message>
        <source>Sozialarbeit</source>
        <translation>Соцробота</translation>
    </message>
    <message>
        <source>Nachbarschaft</source>
        <translation>Сусіди</translation>
    </message>
    <message>
        <source>Mängel</source>
        <translation>Несправності</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Stadtteil</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Plätze</source>
        <translation>Місця</translation>
    </message>
    <message>
        <source>Gesperrt</source>
        <translation>Заблоковано</translation>
    </message>
    <message>
        <source>Belegt</source>
        <translation>Зайнято</translation>
    </message>
    <message>
        <source>Frei</source>
        <translation>Вільно</translation>
    </message>
    <message>
        <source>Belegung %</source>
        <translation>Заповненість %</translation>
    </message>
    <message>
        <source>Barrierefrei</source>
        <translation>Безбар&apos;єрне</translation>
    </message>
    <message>
        <source>Pilotgruppe</source>
        <translation>Пілотна група</translation>
    </message>
    <message>
        <source>Familienname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Vornamen</source>
        <translation>Імена</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <source>Haushalt</source>
        <translation>Домогосподарство</translation>
    </message>
    <message>
        <source>Unterkunft</source>
        <translation>Житло</translation>
    </message>
    <message>
        <source>Zimmer</source>
        <translation>Кімната</translation>
    </message>
    <message>
        <source>Seit</source>
        <translation>З</translation>
    </message>
    <message>
        <source>Zuständig</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Bereitschaft</source>
        <translation>Готовність</translation>
    </message>
    <message>
        <source>Bereit seit</source>
        <translation>Готові з</translation>
    </message>
    <message>
        <source>Eröffnet</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <source>Offene Wiedervorlagen</source>
        <translation>Відкриті нагадування</translation>
    </message>
    <message>
        <source>Nächste Wiedervorlage</source>
        <translation>Наступне нагадування</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Kategorie</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Wiedervorlage</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <source>Erledigt am</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Mangel</source>
        <translation>Несправність</translation>
    </message>
    <message>
        <source>Priorität</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <source>Am Zug</source>
        <translation>Хід за</translation>
    </message>
    <message>
        <source>Gemeldet am</source>
        <translation>Повідомлено</translation>
    </message>
    <message>
        <source>Fällig am</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Überfällig</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Suchen nach Name, Stadtteil, Straße …</source>
        <translation>Пошук за назвою, районом, вулицею …</translation>
    </message>
    <message>
        <source>Suchen nach Name, Haushalt, Unterkunft …</source>
        <translation>Пошук за ім&apos;ям, домогосподарством, житлом …</translation>
    </message>
    <message>
        <source>Suchen nach Haushalt, Unterkunft, Zuständigkeit …</source>
        <translation>Пошук за домогосподарством, житлом, відповідальним …</translation>
    </message>
    <message>
        <source>Suchen nach Unterkunft, Meldung, Kontakt …</source>
        <translation>Пошук за житлом, повідомленням, контактом …</translation>
    </message>
    <message>
        <source>Suchen nach Nr., Mangel, Unterkunft, Zimmer …</source>
        <translation>Пошук за №, несправністю, житлом, кімнатою …</translation>
    </message>
    <message>
        <source>Noch keine Unterkünfte erfasst.</source>
        <translation>Житло ще не внесено.</translation>
    </message>
    <message>
        <source>Noch keine Bewohner*innen erfasst.</source>
        <translation>Мешканців ще не внесено.</translation>
    </message>
    <message>
        <source>Noch keine Fälle angelegt.</source>
        <translation>Справ ще не створено.</translation>
    </message>
    <message>
        <source>Noch keine Nachbarschaftsmeldungen erfasst.</source>
        <translation>Повідомлень від сусідів ще не внесено.</translation>
    </message>
    <message>
        <source>Keine Mängelmeldungen vorhanden.</source>
        <translation>Заявок про несправності немає.</translation>
    </message>
    <message>
        <source>Zum Ausprobieren startet „soest-desk demo --open“ die Anwendung mit Demodaten in einer eigenen Datei.</source>
        <translation>Щоб спробувати, «soest-desk demo --open» запускає програму з демонстраційними даними в окремому файлі.</translation>
    </message>
    <message>
        <source>Legen Sie Unterkünfte an oder importieren Sie eine vorhandene Liste.</source>
        <translation>Створіть житло або імпортуйте наявний список.</translation>
    </message>
    <message>
        <source>Nehmen Sie Bewohner*innen auf oder importieren Sie eine vorhandene Liste.</source>
        <translation>Внесіть мешканців або імпортуйте наявний список.</translation>
    </message>
    <message>
        <source>Fälle legt die Sozialarbeit für einen Haushalt an.</source>
        <translation>Справи для домогосподарства створює соціальна служба.</translation>
    </message>
    <message>
        <source>Beschwerden und Kontakte aus der Nachbarschaft einer Unterkunft erfasst die Heimleitung über „Datei → Neue Nachbarschaftsmeldung …“.</source>
        <translation>Скарги та звернення від сусідів житла вносить керівництво закладу через «Файл → Нове повідомлення від сусідів …».</translation>
    </message>
    <message>
        <source>Neue Mängel meldet die Heimleitung; hier erscheinen sie mit ihrem Stand.</source>
        <translation>Про нові несправності повідомляє керівництво закладу; тут вони відображаються з поточним станом.</translation>
    </message>
    <message>
        <source>Keine offenen Fälle.</source>
        <translation>Відкритих справ немає.</translation>
    </message>
    <message>
        <source>Abgeschlossene Fälle zeigt der Status „Alle Fälle“. Neue Fälle legt die Sozialarbeit für einen Haushalt an.</source>
        <translation>Закриті справи показує статус «Усі справи». Нові справи для домогосподарства створює соціальна служба.</translation>
    </message>
    <message>
        <source>Keine offenen Nachbarschaftsmeldungen.</source>
        <translation>Відкритих повідомлень від сусідів немає.</translation>
    </message>
    <message>
        <source>Erledigte Meldungen zeigt der Stand „Alle Meldungen“ oder „Erledigt“.</source>
        <translation>Опрацьовані повідомлення показує стан «Усі повідомлення» або «Опрацьовано».</translation>
    </message>
    <message>
        <source>%1 von %2 Punkten erfüllt</source>
        <translation>Виконано %1 з %2 пунктів</translation>
    </message>
    <message>
        <source>Für diesen Haushalt gilt kein Punkt der Checkliste.</source>
        <translation>Для цього домогосподарства жоден пункт чек-листа не застосовується.</translation>
    </message>
    <message>
        <source>Wiedervorlage überfällig – fällig war %1</source>
        <translation>Нагадування прострочене – термін був %1</translation>
    </message>
    <message>
        <source>Voll – kein Platz frei.</source>
        <translation>Заповнено – вільних місць немає.</translation>
    </message>
    <message>
        <source>Überbelegt – mehr Personen als verfügbare Plätze (in der Unterkunft oder in einer Wohneinheit) oder eine offene Entscheidung zur Überbelegung.</source>
        <translation>Переповнено – осіб більше, ніж доступних місць (у житлі або в житловій одиниці), або є невирішене рішення щодо переповнення.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Soest Desk – %1</source>
        <translation>Soest Desk – %1</translation>
    </message>
    <message>
        <source>Übersicht</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>Begehungen</source>
        <translation>Перевірки</translation>
    </message>
    <message>
        <source>„%1“ gehört nicht zu Ihren Rollen (%2). Wenn Sie diesen Bereich für Ihre Arbeit brauchen, wenden Sie sich bitte an die Administration.</source>
        <translation>«%1» не входить до ваших ролей (%2). Якщо цей розділ потрібен вам для роботи, зверніться, будь ласка, до адміністрації.</translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Bericht e&amp;xportieren …</source>
        <translation>&amp;Експорт звіту …</translation>
    </message>
    <message>
        <source>E&amp;instellungen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>В&amp;игляд</translation>
    </message>
    <message>
        <source>&amp;Aktualisieren</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>&amp;Suchen</source>
        <translation>&amp;Пошук</translation>
    </message>
    <message>
        <source>In das Suchfeld der Liste springen</source>
        <translation>Перейти до поля пошуку списку</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Tastenkürzel …</source>
        <translation>&amp;Клавіатурні скорочення …</translation>
    </message>
    <message>
        <source>Ü&amp;ber Soest Desk</source>
        <translation>Пр&amp;о Soest Desk</translation>
    </message>
    <message>
        <source>Neuer &amp;Fall …</source>
        <translation>Нова &amp;справа …</translation>
    </message>
    <message>
        <source>Neue &amp;Nachbarschaftsmeldung …</source>
        <translation>Нове &amp;повідомлення від сусідів …</translation>
    </message>
    <message>
        <source>Neue &amp;Mängelmeldung …</source>
        <translation>Нова &amp;заявка …</translation>
    </message>
    <message>
        <source>Datenbank: %1</source>
        <translation>База даних: %1</translation>
    </message>
    <message>
        <source>keine Rolle</source>
        <translation>без ролі</translation>
    </message>
    <message>
        <source>Angemeldet: %1 (%2) – %3</source>
        <translation>Вхід: %1 (%2) – %3</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Soest Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Unterkünfte, Belegung, Sozialarbeit und Mängelmeldungen für das Amt für Wohnungswesen.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Soest Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Житло, заселення, соціальна робота та заявки про несправності для житлового відомства (Amt für Wohnungswesen).&lt;/p&gt;&lt;p&gt;База даних: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 Mängelmeldungen warten auf Ihren nächsten Schritt.</source>
        <translation>Заявок, що чекають на ваш наступний крок: %1.</translation>
    </message>
</context>
<context>
    <name>MembersEditor</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation type="unfinished">Дата народження</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation type="unfinished">Роль</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <source>Erneut versuchen</source>
        <translation>Спробувати знову</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <source>Januar</source>
        <translation>Січень</translation>
    </message>
    <message>
        <source>Februar</source>
        <translation>Лютий</translation>
    </message>
    <message>
        <source>März</source>
        <translation>Березень</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Квітень</translation>
    </message>
    <message>
        <source>Mai</source>
        <translation>Травень</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>Червень</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>Липень</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Серпень</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Вересень</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>Жовтень</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Листопад</translation>
    </message>
    <message>
        <source>Dezember</source>
        <translation>Грудень</translation>
    </message>
</context>
<context>
    <name>MoveOutDialog</name>
    <message>
        <source>Ausziehen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ab dem Auszugstag wohnen die Personen nicht mehr hier; der Platz ist ab dann frei.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auszug am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auszugsgrund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. neue Anschrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bemerkung</source>
        <translation type="unfinished">Примітка</translation>
    </message>
    <message>
        <source>Bitte mindestens eine Person auswählen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeighbourhoodFilterBar</name>
    <message>
        <source>Offene</source>
        <translation>Відкриті</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Опрацьовано</translation>
    </message>
    <message>
        <source>Alle Meldungen</source>
        <translation>Усі повідомлення</translation>
    </message>
    <message>
        <source>Stand der Meldung; „Offene“ lässt die erledigten weg</source>
        <translation>Стан повідомлення; «Відкриті» не показує опрацьовані</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>&amp;Stand:</source>
        <translation>&amp;Стан:</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Die Unterkunft, deren Nachbarschaft sich gemeldet hat (Zahl: offene Meldungen)</source>
        <translation>Житло, сусіди якого звернулися (число: відкриті повідомлення)</translation>
    </message>
    <message>
        <source>Unterkunft</source>
        <translation>Житло</translation>
    </message>
    <message>
        <source>&amp;Unterkunft:</source>
        <translation>&amp;Житло:</translation>
    </message>
    <message>
        <source>Beschwerde oder Kontakt (Zahl: offene Meldungen)</source>
        <translation>Скарга або звернення (число: відкриті повідомлення)</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Wie die Meldung kam (Zahl: offene Meldungen)</source>
        <translation>Як надійшло повідомлення (число: відкриті повідомлення)</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>&amp;Kanal:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>Worum es geht (Zahl: offene Meldungen)</source>
        <translation>Про що йдеться (число: відкриті повідомлення)</translation>
    </message>
    <message>
        <source>Kategorie</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Kate&amp;gorie:</source>
        <translation>Кате&amp;горія:</translation>
    </message>
    <message>
        <source>Wiedervorlage über&amp;fällig</source>
        <translation>&amp;Прострочене нагадування</translation>
    </message>
    <message>
        <source>Offene Meldungen, deren Wiedervorlage vor heute lag</source>
        <translation>Відкриті повідомлення, термін нагадування яких минув</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <source>Neue Mängelmeldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lädt …</source>
        <translation type="unfinished">Завантаження …</translation>
    </message>
    <message>
        <source>Unterkunft</source>
        <translation type="unfinished">Житло</translation>
    </message>
    <message>
        <source>Zimmer / Wohneinheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategorie</source>
        <translation type="unfinished">Категорія</translation>
    </message>
    <message>
        <source>Priorität</source>
        <translation type="unfinished">Пріоритет</translation>
    </message>
    <message>
        <source>z. B. Heizung in Zimmer A1 bleibt kalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was ist wo kaputt? Seit wann?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation type="unfinished">Опис</translation>
    </message>
    <message>
        <source>z. B. Anruf Nachbar, Bewohner*in Zimmer A1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeldet von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fotos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fotos hinzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte wählen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sie können für keine Unterkunft Mängel melden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– ganze Unterkunft / kein Zimmer –</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Vermerk schreiben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermerke sind Sozialdaten. Sie werden nicht nachträglich geändert; eine Korrektur ist ein neuer Vermerk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished">Дата</translation>
    </message>
    <message>
        <source>Art</source>
        <translation type="unfinished">Тип</translation>
    </message>
    <message>
        <source> Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine Angabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dauer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OccupancyPane</name>
    <message>
        <source>Bitte links eine Unterkunft wählen.</source>
        <translation>Виберіть, будь ласка, житло ліворуч.</translation>
    </message>
    <message>
        <source>Wohneinheit</source>
        <translation>Житлова одиниця</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Plätze</source>
        <translation>Місця</translation>
    </message>
    <message>
        <source>Gesperrt</source>
        <translation>Заблоковано</translation>
    </message>
    <message>
        <source>Belegt</source>
        <translation>Зайнято</translation>
    </message>
    <message>
        <source>Frei</source>
        <translation>Вільно</translation>
    </message>
    <message>
        <source>Belegung</source>
        <translation>Заповненість</translation>
    </message>
    <message>
        <source>Zustand</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Plätze sperren …</source>
        <translation>Заблокувати місця …</translation>
    </message>
    <message>
        <source>Sperrung aufheben …</source>
        <translation>Розблокувати …</translation>
    </message>
    <message>
        <source>Unterkunft bearbeiten …</source>
        <translation>Редагувати житло …</translation>
    </message>
    <message>
        <source>Neue Wohneinheit …</source>
        <translation>Нова житлова одиниця …</translation>
    </message>
    <message>
        <source>Wohneinheit bearbeiten …</source>
        <translation>Редагувати житлову одиницю …</translation>
    </message>
    <message>
        <source>Stand am:</source>
        <translation>Станом на:</translation>
    </message>
    <message>
        <source>%1 Plätze, davon %2 gesperrt · %3 belegt · %4 frei · Belegung %5</source>
        <translation>Місць: %1, з них %2 заблоковано · %3 зайнято · %4 вільно · заповненість %5</translation>
    </message>
</context>
<context>
    <name>OfferFormDialog</name>
    <message>
        <source>Neues Wohnraumangebot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wohnraumangebot bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Wohnung Brüderstraße 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bemerkungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name der Vermieter*in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermieter*in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon (Vermieter*in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@beispiel.de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail (Vermieter*in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offen</source>
        <translation type="unfinished">відкрите</translation>
    </message>
    <message>
        <source>bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verfügbar ab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plätze</source>
        <translation type="unfinished">Місця</translation>
    </message>
    <message>
        <source>z. B. 62,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fläche (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barrierefrei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haustiere erlaubt</source>
        <translation type="unfinished">Тварини дозволені</translation>
    </message>
    <message>
        <source>Rauchen erlaubt</source>
        <translation type="unfinished">Куріння дозволене</translation>
    </message>
    <message>
        <source>Ausstattung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <source>Wohnraumangebot bearbeiten – %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <source>Neuer Fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haushalte, die heute in Ihren Unterkünften wohnen und noch keinen offenen Fall haben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name des Haushalts oder einer Person …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suchen</source>
        <translation type="unfinished">&amp;Пошук</translation>
    </message>
    <message>
        <source>Haushalt</source>
        <translation type="unfinished">Домогосподарство</translation>
    </message>
    <message>
        <source>Lädt …</source>
        <translation type="unfinished">Завантаження …</translation>
    </message>
    <message>
        <source>Zuständig</source>
        <translation type="unfinished">Відповідальний</translation>
    </message>
    <message>
        <source>z. B. eigene Wohnung bis Jahresende, Deutschkurs B1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ziele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fall eröffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Person</source>
        <translation type="unfinished">1 особа</translation>
    </message>
    <message>
        <source>%1 Personen</source>
        <translation type="unfinished">Осіб: %1</translation>
    </message>
    <message>
        <source>Kein passender Haushalt ohne offenen Fall gefunden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Haushalte gefunden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Haushalt gefunden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– keine Fachkraft der Sozialarbeit angelegt –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– nicht geladen –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haushalt: bitte einen Haushalt aus der Liste wählen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Jan</source>
        <translation>Січ</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Лют</translation>
    </message>
    <message>
        <source>Mär</source>
        <translation>Бер</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Кві</translation>
    </message>
    <message>
        <source>Mai</source>
        <translation>Тра</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Чер</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Лип</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Сер</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Вер</translation>
    </message>
    <message>
        <source>Okt</source>
        <translation>Жов</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Лис</translation>
    </message>
    <message>
        <source>Dez</source>
        <translation>Гру</translation>
    </message>
    <message>
        <source>Belegt</source>
        <translation>Зайнято</translation>
    </message>
    <message>
        <source>Frei</source>
        <translation>Вільно</translation>
    </message>
    <message>
        <source>Gesperrt</source>
        <translation>Заблоковано</translation>
    </message>
    <message>
        <source>Plätze</source>
        <translation>Місця</translation>
    </message>
    <message>
        <source>%1: %2 Plätze, %3 belegt, %4 frei, %5 gesperrt – Belegung %6</source>
        <translation>%1: місць %2, зайнято %3, вільно %4, заблоковано %5 – заповненість %6</translation>
    </message>
    <message>
        <source>Auszüge in eigene Wohnung</source>
        <translation>Переїзди у власне житло</translation>
    </message>
    <message>
        <source>%1: %2 in eine eigene Wohnung gezogen</source>
        <translation>%1: у власне житло переїхали – %2</translation>
    </message>
    <message>
        <source>1 Person</source>
        <translation>1 особа</translation>
    </message>
    <message>
        <source>%1 Personen</source>
        <translation>Осіб: %1</translation>
    </message>
    <message>
        <source>Klicken zeigt diese Personen in der Liste Bewohner*innen.</source>
        <translation>Натисніть, щоб показати цих осіб у списку «Мешканці».</translation>
    </message>
    <message>
        <source>Klicken zeigt die Fälle, die in diesem Monat mit „eigene Wohnung“ abgeschlossen wurden und die Sie sehen – Haushalte, nicht Personen, daher eine andere Zahl.</source>
        <translation>Натисніть, щоб показати доступні вам справи, закриті цього місяця з результатом «власне житло», – це домогосподарства, а не особи, тому число інше.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Aktualisieren</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>Die Übersicht wird geladen …</source>
        <translation>Огляд завантажується …</translation>
    </message>
    <message>
        <source>Belegung heute</source>
        <translation>Заповненість сьогодні</translation>
    </message>
    <message>
        <source>Mängelmeldungen am Zug</source>
        <translation>Заявки: чий хід</translation>
    </message>
    <message>
        <source>Auszüge in eigene Wohnung (letzte 12 Monate)</source>
        <translation>Переїзди у власне житло (останні 12 місяців)</translation>
    </message>
    <message>
        <source>Stand: %1, %2 Uhr</source>
        <translation>Станом на %1, %2</translation>
    </message>
    <message>
        <source>Die Übersicht konnte nicht geladen werden.</source>
        <translation>Не вдалося завантажити огляд.</translation>
    </message>
    <message>
        <source>Die Belegung sehen Rollen mit „Unterkünfte ansehen“.</source>
        <translation>Заповненість бачать ролі з правом «Перегляд житла».</translation>
    </message>
    <message>
        <source>Keine Unterkünfte mit Plätzen.</source>
        <translation>Немає житла з місцями.</translation>
    </message>
    <message>
        <source>Gesamt: %1 von %2 Plätzen belegt, %3 frei, %4 gesperrt – Belegung %5</source>
        <translation>Разом: зайнято %1 з %2 місць, %3 вільно, %4 заблоковано – заповненість %5</translation>
    </message>
    <message>
        <source>Mängelmeldungen sehen Rollen mit „Mängelmeldungen ansehen“.</source>
        <translation>Заявки бачать ролі з правом «Перегляд заявок про несправності».</translation>
    </message>
    <message>
        <source>%1 am Zug</source>
        <translation>Хід за: %1</translation>
    </message>
    <message>
        <source>bei Ihnen, jetzt zu tun</source>
        <translation>за вами, зробити зараз</translation>
    </message>
    <message>
        <source>offene Mängelmeldungen</source>
        <translation>відкриті заявки</translation>
    </message>
    <message>
        <source>von %1 offenen Gefahrenstellen; %2 nicht rechtzeitig gesichert</source>
        <translation>з %1 відкритих небезпечних місць; %2 не убезпечено вчасно</translation>
    </message>
    <message>
        <source>Gefahrenstellen überfällig</source>
        <translation>небезпечні місця прострочено</translation>
    </message>
    <message>
        <source>Die Auszüge sehen Rollen mit „Fälle ansehen“ oder „Berichte exportieren“.</source>
        <translation>Переїзди бачать ролі з правом «Перегляд справ» або «Експорт звітів».</translation>
    </message>
    <message>
        <source>%1 Personen von %2 bis %3</source>
        <translation>Осіб: %1 (%2 – %3)</translation>
    </message>
</context>
<context>
    <name>OwnFlatDialog</name>
    <message>
        <source>Auszug in eigene Wohnung – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Belegungen enden mit dem Grund „eigene Wohnung“, der Fall wird mit diesem Ergebnis abgeschlossen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haushalt</source>
        <translation type="unfinished">Домогосподарство</translation>
    </message>
    <message>
        <source>Es ziehen aus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Wohnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Tag, an dem der Haushalt ausgezogen ist – heute oder früher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auszug am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. neue Anschrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bemerkung</source>
        <translation type="unfinished">Примітка</translation>
    </message>
    <message>
        <source>Niemand aus dem Haushalt wohnt zurzeit in einer Unterkunft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selbst gefundene Wohnung (kein Angebot reserviert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frei ab %1</source>
        <translation type="unfinished">вільне з %1</translation>
    </message>
    <message>
        <source>Trägt ein …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auszug eintragen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonFilterBar</name>
    <message>
        <source>Personen, die in diesem Monat in eine eigene Wohnung gezogen sind, auch beendete (aus der Übersicht) – klicken, um den Filter aufzuheben</source>
        <translation>Особи, які цього місяця переїхали у власне житло, зокрема завершені (з огляду) – натисніть, щоб зняти фільтр</translation>
    </message>
    <message>
        <source>Pflegegrad</source>
        <translation>Ступінь догляду</translation>
    </message>
    <message>
        <source>Personen mit einem Pflegegrad (1 bis 5)</source>
        <translation>Особи зі ступенем потреби в догляді (Pflegegrad 1–5)</translation>
    </message>
    <message>
        <source>Braucht barrierefrei</source>
        <translation>Потрібне безбар&apos;єрне</translation>
    </message>
    <message>
        <source>Personen, die eine barrierefreie Wohneinheit brauchen</source>
        <translation>Особи, яким потрібна безбар&apos;єрна житлова одиниця</translation>
    </message>
    <message>
        <source>Haustiere</source>
        <translation>Тварини</translation>
    </message>
    <message>
        <source>Personen mit Haustieren</source>
        <translation>Особи з домашніми тваринами</translation>
    </message>
    <message>
        <source>Raucher*in</source>
        <translation>Курить</translation>
    </message>
    <message>
        <source>Personen, die rauchen</source>
        <translation>Особи, які курять</translation>
    </message>
    <message>
        <source>Ohne Platz</source>
        <translation>Без місця</translation>
    </message>
    <message>
        <source>Personen, die heute in keiner Unterkunft wohnen</source>
        <translation>Особи, які сьогодні не мешкають у жодному житлі</translation>
    </message>
    <message>
        <source>Alle Staatsangehörigkeiten</source>
        <translation>Усі громадянства</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <source>Alle Unterkünfte</source>
        <translation>Усе житло</translation>
    </message>
    <message>
        <source>Die Unterkunft, in der die Person heute wohnt</source>
        <translation>Житло, в якому особа мешкає сьогодні</translation>
    </message>
    <message>
        <source> Monate</source>
        <translation> міс.</translation>
    </message>
    <message>
        <source>Die Person wohnt länger als so viele Monate in Unterkünften; Verlegungen ohne Lücke zählen mit.</source>
        <translation>Особа мешкає в житлі довше за стільки місяців; переведення без перерви враховуються.</translation>
    </message>
    <message>
        <source>Aufenthalt länger als</source>
        <translation>Проживання довше</translation>
    </message>
    <message>
        <source>Auszug in eigene Wohnung: %1</source>
        <translation>Переїзд у власне житло: %1</translation>
    </message>
    <message>
        <source>Jemand im Haushalt (ohne Haushalt: die Person selbst) ist am gewählten Tag jünger als %1 Jahre. Ist nur das Geburtsjahr oder der Monat bekannt, zählt die Person, wenn sie so jung sein könnte.</source>
        <translation>Хтось у домогосподарстві (без домогосподарства: сама особа) на вибрану дату молодший за %1 р. Якщо відомий лише рік або місяць народження, особа враховується, якщо може бути такого віку.</translation>
    </message>
    <message>
        <source>unter %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>Der Tag, an dem das Alter gilt (Vorgabe: heute)</source>
        <translation>Дата, на яку визначається вік (типово: сьогодні)</translation>
    </message>
    <message>
        <source>Kinder im Haushalt:</source>
        <translation>Діти в домогосподарстві:</translation>
    </message>
    <message>
        <source>Alter am</source>
        <translation>Вік на</translation>
    </message>
</context>
<context>
    <name>PersonFormDialog</name>
    <message>
        <source>Neue Bewohner*in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewohner*in bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausweisdokumente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Familienname</source>
        <translation type="unfinished">Прізвище</translation>
    </message>
    <message>
        <source>Vornamen</source>
        <translation type="unfinished">Імена</translation>
    </message>
    <message>
        <source>Schreibweise im Pass / Umschrift, falls anders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namensumschrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. 31.12.1990 – nur Monat: 12.1990 – nur Jahr: 1990</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation type="unfinished">Дата народження</translation>
    </message>
    <message>
        <source>Geschlecht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staatsangehörigkeit</source>
        <translation type="unfinished">Громадянство</translation>
    </message>
    <message>
        <source>z. B. 0176 1234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished">Телефон</translation>
    </message>
    <message>
        <source>kein Pflegegrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pflegegrad</source>
        <translation type="unfinished">Ступінь догляду</translation>
    </message>
    <message>
        <source>braucht barrierefreie Wohneinheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hat Haustiere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raucht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merkmale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewohner*in bearbeiten – %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPane</name>
    <message>
        <source>Bitte links eine Person wählen.</source>
        <translation>Виберіть, будь ласка, особу ліворуч.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Alter</source>
        <translation>Вік</translation>
    </message>
    <message>
        <source>Wohnt in</source>
        <translation>Мешкає в</translation>
    </message>
    <message>
        <source>Unterkunft</source>
        <translation>Житло</translation>
    </message>
    <message>
        <source>Von</source>
        <translation>З</translation>
    </message>
    <message>
        <source>Bis</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Platz suchen …</source>
        <translation>Шукати місце …</translation>
    </message>
    <message>
        <source>Umziehen …</source>
        <translation>Переселити …</translation>
    </message>
    <message>
        <source>Ausziehen …</source>
        <translation>Виселити …</translation>
    </message>
    <message>
        <source>Bearbeiten …</source>
        <translation>Редагувати …</translation>
    </message>
    <message>
        <source>Haushalt …</source>
        <translation>Домогосподарство …</translation>
    </message>
    <message>
        <source>Haushalt</source>
        <translation>Домогосподарство</translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>1 Monat</source>
        <translation>1 місяць</translation>
    </message>
    <message numerus="yes">
        <source>%1 Monate</source>
        <translation>
            <numerusform>%1 місяць</numerusform>
            <numerusform>%1 місяці</numerusform>
            <numerusform>%1 місяців</numerusform>
        </translation>
    </message>
    <message>
        <source>1 Tag</source>
        <translation>1 день</translation>
    </message>
    <message numerus="yes">
        <source>%1 Tage</source>
        <translation>
            <numerusform>%1 день</numerusform>
            <numerusform>%1 дні</numerusform>
            <numerusform>%1 днів</numerusform>
        </translation>
    </message>
    <message>
        <source> – seit %1</source>
        <translation> – %1</translation>
    </message>
    <message>
        <source>Wohnt in %1%2</source>
        <translation>Мешкає в %1%2</translation>
    </message>
    <message>
        <source>Zurzeit ohne Platz.</source>
        <translation>Наразі без місця.</translation>
    </message>
    <message>
        <source>ohne Platz</source>
        <translation>без місця</translation>
    </message>
    <message>
        <source>Umzug</source>
        <translation>Переселення</translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message>
        <source>Name eingeben und Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suche …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haushalt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Person gefunden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalPage</name>
    <message>
        <source>Sprache</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Українська (unvollständig)</source>
        <translation>Українська (неповний переклад)</translation>
    </message>
    <message>
        <source>&amp;Sprache der Oberfläche:</source>
        <translation>&amp;Мова інтерфейсу:</translation>
    </message>
    <message>
        <source>Gilt ab dem nächsten Start. Die ukrainische Übersetzung umfasst die Hauptansichten; was noch nicht übersetzt ist, erscheint auf Deutsch.</source>
        <translation>Діє з наступного запуску. Український переклад охоплює основні екрани; те, що ще не перекладено, показується німецькою.</translation>
    </message>
    <message>
        <source>Fenster und Listen</source>
        <translation>Вікно і списки</translation>
    </message>
    <message>
        <source>Soest Desk merkt sich Größe und Lage des Fensters, die Spalten der Listen und die zuletzt gewählten Filter.</source>
        <translation>Soest Desk запам&apos;ятовує розмір і положення вікна, стовпці списків і останні вибрані фільтри.</translation>
    </message>
    <message>
        <source>Fensteranordnung und Filter &amp;zurücksetzen</source>
        <translation>&amp;Скинути розташування вікна і фільтри</translation>
    </message>
    <message>
        <source>Zurückgesetzt. Beim nächsten Start zeigt Soest Desk das Fenster und die Listen wieder wie beim ersten Mal.</source>
        <translation>Скинуто. Під час наступного запуску Soest Desk покаже вікно і списки, як уперше.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>%1 – zum Vergrößern klicken</source>
        <translation>%1 – натисніть, щоб збільшити</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Foto: %1</source>
        <translation>Фото: %1</translation>
    </message>
    <message>
        <source>Das Foto wird geladen …</source>
        <translation>Фото завантажується …</translation>
    </message>
    <message>
        <source>Das Foto kann nicht angezeigt werden.</source>
        <translation>Неможливо показати фото.</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eigene Wohnung</source>
        <translation>власне житло</translation>
    </message>
    <message>
        <source>Umverteilung</source>
        <translation>Перерозподіл</translation>
    </message>
    <message>
        <source>andere Kommune</source>
        <translation>інша громада</translation>
    </message>
    <message>
        <source>Rückkehr ins Herkunftsland</source>
        <translation>Повернення на батьківщину</translation>
    </message>
    <message>
        <source>verstorben</source>
        <translation>помер(-ла)</translation>
    </message>
    <message>
        <source>unbekannt / abgängig</source>
        <translation>невідомо / зник(-ла)</translation>
    </message>
    <message>
        <source>Schimmel</source>
        <translation>Цвіль</translation>
    </message>
    <message>
        <source>Renovierung</source>
        <translation>Ремонт</translation>
    </message>
    <message>
        <source>Quarantäne</source>
        <translation>Карантин</translation>
    </message>
    <message>
        <source>Schaden</source>
        <translation>Пошкодження</translation>
    </message>
    <message>
        <source>Sonstiges</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>überbelegt</source>
        <translation>переповнено</translation>
    </message>
    <message>
        <source>voll</source>
        <translation>заповнено</translation>
    </message>
</context>
<context>
    <name>PlacesActions</name>
    <message>
        <source>Neue Bewohner*in …</source>
        <translation>Нова особа …</translation>
    </message>
    <message>
        <source>Neuer Haushalt …</source>
        <translation>Нове домогосподарство …</translation>
    </message>
    <message>
        <source>Neue Unterkunft …</source>
        <translation>Нове житло …</translation>
    </message>
    <message>
        <source>Neues Wohnraumangebot …</source>
        <translation>Нова пропозиція житла …</translation>
    </message>
    <message>
        <source>Listen importieren …</source>
        <translation>Імпорт списків …</translation>
    </message>
</context>
<context>
    <name>PriorityDialog</name>
    <message>
        <source>Priorität ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grund der Änderung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Frist wird vom Meldezeitpunkt aus neu berechnet. „Sofort“ macht die Meldung zur Gefahrenstelle, die gesichert werden muss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Priorität *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Datenschutz</source>
        <translation type="unfinished">Захист даних</translation>
    </message>
    <message>
        <source>Name oder Personennummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation type="unfinished">№</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation type="unfinished">Дата народження</translation>
    </message>
    <message>
        <source>Haushalt</source>
        <translation type="unfinished">Домогосподарство</translation>
    </message>
    <message>
        <source>Auskunft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufbewahrung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen auf Antrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished">Закрити</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beantragt von (z. B. die Person selbst, Betreuerin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auskunft als PDF speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle über die gewählte Person gespeicherten Angaben, mit dem Protokoll der Änderungen. Das Erstellen wird protokolliert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Jahre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probelauf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jetzt anonymisieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letzte Belegung beendet vor mehr als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grund, z. B. Antrag vom 12.05.2026 (ohne Namen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewählte Person löschen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namen, Dokumente, Kontaktdaten, Fotos und Texte werden entfernt; Belegungszeiten bleiben ohne Namen für die Statistik. Nicht möglich, solange die Person wohnt oder ihr Fall offen ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sucht …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (anonymisiert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niemand gefunden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auskunft speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auskunft gespeichert: %1 (%2 Seiten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schreibt die Auskunft …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probelauf …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probelauf: %1 Person(en) fällig; nichts wurde geändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymisieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die im Probelauf gelisteten Personen jetzt anonymisieren? Das lässt sich nicht rückgängig machen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymisiert …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Person(en) anonymisiert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Angaben über Person Nr. %1 jetzt löschen? Das lässt sich nicht rückgängig machen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löscht …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Angaben über Person Nr. %1 wurden gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessItemDialog</name>
    <message>
        <source>Kein Pflichtpunkt: zählt nicht zur Mietvertragsfähigkeit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punkt bearbeiten – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand</source>
        <translation type="unfinished">Стан</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished">Дата</translation>
    </message>
    <message>
        <source>&amp;kein Ablaufdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gültig bis</source>
        <translation type="unfinished">Дійсне до</translation>
    </message>
    <message>
        <source>z. B. Bescheid vom …, Zertifikat B1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nachweis</source>
        <translation type="unfinished">Підтвердження</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Zuständigkeit ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuständig</source>
        <translation type="unfinished">Відповідальний</translation>
    </message>
    <message>
        <source>Zuständig: bitte eine Fachkraft der Sozialarbeit wählen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Neue Nachbarschaftsmeldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nachbarschaftsmeldung bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterkunft</source>
        <translation type="unfinished">Житло</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished">Дата</translation>
    </message>
    <message>
        <source>Art</source>
        <translation type="unfinished">Тип</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation type="unfinished">Канал</translation>
    </message>
    <message>
        <source>Kategorie</source>
        <translation type="unfinished">Категорія</translation>
    </message>
    <message>
        <source>Was wurde gemeldet? (z. B. Lärm nach 22 Uhr im Innenhof)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation type="unfinished">Повідомлення</translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt (Name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was wurde getan oder vereinbart?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nachverfolgung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiedervorlage</source>
        <translation type="unfinished">Нагадування</translation>
    </message>
    <message>
        <source>a&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation type="unfinished">Опрацьовано</translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Formular wird noch geladen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterkunft: bitte eine Unterkunft wählen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPane</name>
    <message>
        <source>&amp;Bearbeiten …</source>
        <translation>&amp;Редагувати …</translation>
    </message>
    <message>
        <source>Erledigt (heute)</source>
        <translation>Опрацьовано (сьогодні)</translation>
    </message>
    <message>
        <source>Die Meldung ist heute erledigt. Ein anderes Datum: über „Bearbeiten …“.</source>
        <translation>Повідомлення опрацьовано сьогодні. Іншу дату можна вказати через «Редагувати …».</translation>
    </message>
    <message>
        <source>Wieder öffnen</source>
        <translation>Відкрити знову</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Lädt …</source>
        <translation>Завантаження …</translation>
    </message>
    <message>
        <source>Keine Meldung ausgewählt</source>
        <translation>Повідомлення не вибрано</translation>
    </message>
    <message>
        <source>Wählen Sie links eine Meldung; Enter oder ein Doppelklick öffnet sie zum Bearbeiten.</source>
        <translation>Виберіть повідомлення ліворуч; Enter або подвійний клік відкриває його для редагування.</translation>
    </message>
    <message>
        <source>Unterkunft</source>
        <translation>Житло</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>erledigt am %1</source>
        <translation>опрацьовано %1</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>відкрите</translation>
    </message>
    <message>
        <source>Wiedervorlage am %1</source>
        <translation>нагадування %1</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Danach ist die Heimleitung am Zug: sie nimmt vor Ort ab oder lehnt ab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was wurde gemacht?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation type="unfinished">Витрати</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>&amp;Sofort (Verkehrssicherheit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dringend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;iedrig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diese Einstellungen gelten für alle Arbeitsplätze und werden in der Datenbank gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wird geladen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frist bis zur Erledigung eines Mangels, je Priorität</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbeitstage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belegung, Betreuung und Aufbewahrung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mindestfläche je Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. 3, 6, 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Altersgrenzen für Kinder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jahre (Filter „unter …“ der Bewohnerliste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Betreuungsschlüssel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen je Fachkraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufbe&amp;wahrungsfrist nach dem Auszug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jahre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur zur Ansicht: Diese Einstellungen ändert die Administration (Berechtigung „Einstellungen verwalten“).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Einstellungen konnten nicht gelesen werden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frist „%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betreuungsschlüssel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufbewahrungsfrist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bitte einen Wert angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mindestfläche je Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Altersgrenzen für Kinder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Einstellungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenbank</source>
        <translation type="unfinished">База даних</translation>
    </message>
    <message>
        <source>Fristen und Regeln</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persönlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation type="unfinished">Зберегти</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished">Скасувати</translation>
    </message>
    <message>
        <source>Die Einstellungen für alle wurden gespeichert, Ihre eigenen nicht: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Weitere</source>
        <translation>Інші</translation>
    </message>
    <message>
        <source>Tastenkürzel</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>Diese Tastenkürzel gelten im ganzen Fenster. Grau: für Ihre Rollen nicht verfügbar.</source>
        <translation>Ці скорочення діють у всьому вікні. Сірим: недоступні для ваших ролей.</translation>
    </message>
    <message>
        <source>Aktion</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Soest Desk – Anmelden</source>
        <translation>Soest Desk – Вхід</translation>
    </message>
    <message>
        <source>Bitte melden Sie sich mit Ihrer persönlichen Anmeldung an.</source>
        <translation>Увійдіть, будь ласка, зі своїм особистим обліковим записом.</translation>
    </message>
    <message>
        <source>Passwort im Anmeldespeicher des Systems speichern</source>
        <translation>Зберегти пароль у сховищі облікових даних системи</translation>
    </message>
    <message>
        <source>Datenbank:</source>
        <translation>База даних:</translation>
    </message>
    <message>
        <source>Benutzername:</source>
        <translation>Ім&apos;я користувача:</translation>
    </message>
    <message>
        <source>Passwort:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Anmelden</source>
        <translation>Увійти</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Meldet an …</source>
        <translation>Вхід …</translation>
    </message>
    <message>
        <source>Bitte den Benutzernamen eingeben.</source>
        <translation>Введіть, будь ласка, ім&apos;я користувача.</translation>
    </message>
    <message>
        <source>Bitte das Passwort eingeben.</source>
        <translation>Введіть, будь ласка, пароль.</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <source>Soest Desk – Start nicht möglich</source>
        <translation>Soest Desk – запуск неможливий</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Status ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„Ruht“: zurzeit keine Begleitung (z. B. Krankheit, Reise). Zum Abschließen bitte „Abschließen …“ verwenden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Статус</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>* Pflichtfeld</source>
        <translation>* обов&apos;язкове поле</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Speichert …</source>
        <translation>Збереження …</translation>
    </message>
</context>
<context>
    <name>TicketActions</name>
    <message>
        <source>Fotos auswählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilder (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foto nicht angehängt</source>
        <translation>Фото не додано</translation>
    </message>
    <message>
        <source>Aufträge drucken (PDF) …</source>
        <translation>Друк нарядів (PDF) …</translation>
    </message>
</context>
<context>
    <name>TicketDetail</name>
    <message>
        <source>%1 Tg. %2 Std.</source>
        <translation>%1 дн. %2 год</translation>
    </message>
    <message>
        <source>%1 Std. %2 Min.</source>
        <translation>%1 год %2 хв</translation>
    </message>
    <message>
        <source>%1 Min.</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source> bis %1</source>
        <translation> до %1</translation>
    </message>
    <message>
        <source>niemand (abgeschlossen)</source>
        <translation>ніхто (закрито)</translation>
    </message>
    <message>
        <source>keine Frist</source>
        <translation>без терміну</translation>
    </message>
    <message>
        <source>%1 – überfällig</source>
        <translation>%1 – прострочено</translation>
    </message>
    <message>
        <source>Gefahrenstelle – gesichert am %1</source>
        <translation>Небезпечне місце – убезпечено %1</translation>
    </message>
    <message>
        <source>Gefahrenstelle – noch nicht gesichert</source>
        <translation>Небезпечне місце – ще не убезпечено</translation>
    </message>
    <message>
        <source>Gefahrenstelle – sichern bis %1, überfällig!</source>
        <translation>Небезпечне місце – убезпечити до %1, прострочено!</translation>
    </message>
    <message>
        <source>Gefahrenstelle – sichern bis %1</source>
        <translation>Небезпечне місце – убезпечити до %1</translation>
    </message>
    <message>
        <source> · Zimmer %1</source>
        <translation> · кімната %1</translation>
    </message>
    <message>
        <source> von %1</source>
        <translation> від %1</translation>
    </message>
</context>
<context>
    <name>TicketDetailPane</name>
    <message>
        <source>Lädt …</source>
        <translation>Завантаження …</translation>
    </message>
    <message>
        <source>Wählen Sie links eine Meldung aus, um sie hier zu sehen und zu bearbeiten.</source>
        <translation>Виберіть заявку ліворуч, щоб переглянути й опрацювати її тут.</translation>
    </message>
    <message>
        <source>Die Meldung kann nicht angezeigt werden.</source>
        <translation>Неможливо показати заявку.</translation>
    </message>
</context>
<context>
    <name>TicketList</name>
    <message>
        <source>Die Liste konnte nicht geladen werden.</source>
        <translation>Не вдалося завантажити список.</translation>
    </message>
    <message>
        <source>Keine Treffer für „%1“.</source>
        <translation>Нічого не знайдено за «%1».</translation>
    </message>
    <message>
        <source>Keine Meldungen für diese Auswahl.</source>
        <translation>Для цього вибору заявок немає.</translation>
    </message>
    <message>
        <source>Ändern Sie Suche oder Filter, oder wählen Sie oben eine andere Ansicht.</source>
        <translation>Змініть пошук чи фільтри або виберіть угорі інший вигляд.</translation>
    </message>
    <message>
        <source>Sobald Ihre Rolle den nächsten Schritt tun muss, erscheint die Meldung hier.</source>
        <translation>Щойно ваша роль має зробити наступний крок, заявка з&apos;явиться тут.</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>Gefahrenstelle (Verkehrssicherheit) – gesichert am %1</source>
        <translation>Небезпечне місце (безпека) – убезпечено %1</translation>
    </message>
    <message>
        <source>Gefahrenstelle (Verkehrssicherheit) – noch nicht gesichert</source>
        <translation>Небезпечне місце (безпека) – ще не убезпечено</translation>
    </message>
    <message>
        <source>Überfällig – fällig war %1</source>
        <translation>Прострочено – термін був %1</translation>
    </message>
    <message>
        <source>Überfällig – die Gefahrenstelle ist nicht rechtzeitig als gesichert gemeldet.</source>
        <translation>Прострочено – не повідомлено вчасно, що небезпечне місце убезпечено.</translation>
    </message>
</context>
<context>
    <name>Tickets</name>
    <message>
        <source>Danach: „%1“, am Zug: %2.</source>
        <translation>Після цього: «%1», хід за: %2.</translation>
    </message>
    <message>
        <source>niemand</source>
        <translation>ніхто</translation>
    </message>
    <message>
        <source>Gefahrenstelle als gesichert melden</source>
        <translation>Повідомити, що небезпечне місце убезпечено</translation>
    </message>
    <message>
        <source>Wie gesichert</source>
        <translation>Як убезпечено</translation>
    </message>
    <message>
        <source>z. B. abgesperrt, Strom abgeschaltet, Schild aufgestellt</source>
        <translation>напр. огороджено, вимкнено струм, встановлено знак</translation>
    </message>
    <message>
        <source>Kommentieren</source>
        <translation>Коментувати</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Es ist ein unerwarteter Fehler aufgetreten; es wurde nichts geändert. Einzelheiten stehen in der Protokolldatei von Soest Desk.</source>
        <translation>Сталася неочікувана помилка; нічого не змінено. Подробиці — у файлі журналу Soest Desk.</translation>
    </message>
    <message>
        <source>Bei mir am Zug</source>
        <translation>Мій хід</translation>
    </message>
    <message>
        <source>Alle offenen</source>
        <translation>Усі відкриті</translation>
    </message>
    <message>
        <source>Überfällig</source>
        <translation>Прострочені</translation>
    </message>
    <message>
        <source>Verkehrssicherheit</source>
        <translation>Безпека</translation>
    </message>
    <message>
        <source>Wiederholungsmängel</source>
        <translation>Повторні</translation>
    </message>
    <message>
        <source>Erledigt/abgeschlossen</source>
        <translation>Виконані/закриті</translation>
    </message>
    <message>
        <source>Offene Meldungen, bei denen Ihre Rolle den nächsten Schritt tun muss</source>
        <translation>Відкриті заявки, де наступний крок має зробити ваша роль</translation>
    </message>
    <message>
        <source>Alle Meldungen, die noch nicht abgenommen oder storniert sind</source>
        <translation>Усі заявки, роботу за якими ще не прийнято і які не скасовано</translation>
    </message>
    <message>
        <source>Offene Meldungen nach ihrer Frist oder mit nicht rechtzeitig gesicherter Gefahrenstelle</source>
        <translation>Відкриті заявки після терміну або з небезпечним місцем, не убезпеченим вчасно</translation>
    </message>
    <message>
        <source>Offene Gefahrenstellen (Priorität „Sofort“)</source>
        <translation>Відкриті небезпечні місця (пріоритет «Негайно»)</translation>
    </message>
    <message>
        <source>Gleiche Kategorie im selben Zimmer innerhalb kurzer Zeit</source>
        <translation>Та сама категорія в тій самій кімнаті за короткий час</translation>
    </message>
    <message>
        <source>Abgenommene und stornierte Meldungen</source>
        <translation>Заявки з прийнятою роботою та скасовані</translation>
    </message>
    <message>
        <source>Bei Ihnen ist gerade nichts am Zug.</source>
        <translation>Зараз від вас нічого не потрібно.</translation>
    </message>
    <message>
        <source>Keine offenen Mängelmeldungen.</source>
        <translation>Відкритих заявок немає.</translation>
    </message>
    <message>
        <source>Nichts ist überfällig.</source>
        <translation>Прострочених немає.</translation>
    </message>
    <message>
        <source>Keine offenen Gefahrenstellen.</source>
        <translation>Відкритих небезпечних місць немає.</translation>
    </message>
    <message>
        <source>Keine Wiederholungsmängel.</source>
        <translation>Повторних несправностей немає.</translation>
    </message>
    <message>
        <source>Noch keine erledigten Meldungen.</source>
        <translation>Виконаних заявок ще немає.</translation>
    </message>
</context>
<context>
    <name>TicketsTab</name>
    <message>
        <source>Neue Mängelmeldung …</source>
        <translation>Нова заявка …</translation>
    </message>
    <message>
        <source>Einen Mangel melden (Strg+N)</source>
        <translation>Повідомити про несправність (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ausgewählte drucken (PDF) …</source>
        <translation>Друк вибраних (PDF) …</translation>
    </message>
    <message>
        <source>Arbeitsaufträge für die markierten Meldungen (Strg/Umschalt + Klick markiert mehrere)</source>
        <translation>Наряди для позначених заявок (Ctrl/Shift + клік позначає кілька)</translation>
    </message>
    <message>
        <source>Neue Mängelmeldung (im Mängel-Tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lädt …</source>
        <translation>Завантаження …</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Umziehen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die bisherige Belegung endet am Umzugstag, die neue beginnt am selben Tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umzug am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voll</source>
        <translation type="unfinished">заповнено</translation>
    </message>
    <message>
        <source>%1 frei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Wohneinheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bemerkung</source>
        <translation type="unfinished">Примітка</translation>
    </message>
    <message>
        <source>Bitte mindestens eine Person auswählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Wohneinheit: bitte aus der Liste wählen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitFormDialog</name>
    <message>
        <source>Neue Wohneinheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wohneinheit bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterkunft: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. EG-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezeichnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = EG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erdgeschoss 0, Keller -1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Etage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plätze</source>
        <translation type="unfinished">Місця</translation>
    </message>
    <message>
        <source>z. B. 12,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fläche (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belegungsart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barrierefrei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausstattung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterkunft: %1</source>
        <translation type="unfinished">Житло: %1</translation>
    </message>
    <message>
        <source>Wohneinheit bearbeiten – %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Benutzer verwalten</source>
        <translation type="unfinished">Керувати користувачами</translation>
    </message>
    <message>
        <source>&amp;Neuer Benutzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aktiv (kann sich anmelden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heimleitung und Sozialarbeit arbeiten nur für die angehakten Unterkünfte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwort setzen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished">Закрити</translation>
    </message>
    <message>
        <source>Anmeldename:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterkünfte:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lädt …</source>
        <translation type="unfinished">Завантаження …</translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished">так</translation>
    </message>
    <message>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anwendungspasswort gesetzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kein Anwendungspasswort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichert …</source>
        <translation type="unfinished">Збереження …</translation>
    </message>
    <message>
        <source>Gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anwendungspasswort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neues Passwort für „%1“ (mindestens 10 Zeichen; leer lassen, um das Passwort zu entfernen):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitDialog</name>
    <message>
        <source>Bei „Zugang“ ist die Heimleitung am Zug: sie sorgt für Zutritt und meldet weiter. Bis zum gewählten Tag ruht die Meldung, dann erscheint sie wieder unter „Bei mir am Zug“.</source>
        <translation>При «Доступ» хід за керівництвом закладу: воно забезпечує доступ і передає далі. До вибраної дати заявка призупинена, потім знову з&apos;являється в «Мій хід».</translation>
    </message>
    <message>
        <source>Wartet auf …</source>
        <translation>Очікує …</translation>
    </message>
    <message>
        <source>Wartet auf</source>
        <translation>Очікує на</translation>
    </message>
    <message>
        <source>Wartet bis</source>
        <translation>Очікує до</translation>
    </message>
</context>
<context>
    <name>WorkOrderPrinter</name>
    <message>
        <source>Aufträge als PDF speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufträge drucken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte markieren Sie zuerst eine oder mehrere Meldungen in der Liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Druck von Arbeitsaufträgen ist in dieser Version noch nicht enthalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auftrag_%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auftraege_%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Aufträge werden erstellt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished">Скасувати</translation>
    </message>
    <message>
        <source>Aufträge gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Auftrag steht in „%1“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die %1 Aufträge stehen in „%2“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufträge nicht gedruckt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
