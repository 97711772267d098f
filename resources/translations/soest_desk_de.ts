<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Über Soest Desk</source>
        <translation>Über Soest Desk</translation>
    </message>
    <message>
        <source>Soest Desk</source>
        <translation>Soest Desk</translation>
    </message>
    <message>
        <source>Unterkünfte, Belegung, Sozialarbeit und Mängelmeldungen für das Amt für Wohnungswesen.</source>
        <translation>Unterkünfte, Belegung, Sozialarbeit und Mängelmeldungen für das Amt für Wohnungswesen.</translation>
    </message>
    <message>
        <source>Installationspaket</source>
        <translation>Installationspaket</translation>
    </message>
    <message>
        <source>aus dem Quelltext</source>
        <translation>aus dem Quelltext</translation>
    </message>
    <message>
        <source>wird gelesen …</source>
        <translation>wird gelesen …</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Ausführung</source>
        <translation>Ausführung</translation>
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
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Datenbank</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Datenbanksystem</source>
        <translation>Datenbanksystem</translation>
    </message>
    <message>
        <source>Schema-Stand</source>
        <translation>Schema-Stand</translation>
    </message>
    <message>
        <source>Datenordner</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Protokollordner</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <source>Lizenz</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Proprietär, für den Dienstgebrauch. Symbole: Tabler Icons (MIT-Lizenz).</source>
        <translation>Proprietär, für den Dienstgebrauch. Symbole: Tabler Icons (MIT-Lizenz).</translation>
    </message>
    <message>
        <source>Kopieren</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Diese Angaben für die IT-Betreuung in die Zwischenablage kopieren</source>
        <translation>Diese Angaben für die IT-Betreuung in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Ordner öffnen</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>nicht eingerichtet (erwartet: %1)</source>
        <translation>nicht eingerichtet (erwartet: %1)</translation>
    </message>
    <message>
        <source>%1 (aktuell)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>%1 (diese Version erwartet %2)</source>
        <translation>%1 (diese Version erwartet %2)</translation>
    </message>
    <message>
        <source>nicht lesbar (Datenbank nicht erreichbar)</source>
        <translation>nicht lesbar (Datenbank nicht erreichbar)</translation>
    </message>
    <message>
        <source>Die Angaben sind in der Zwischenablage.</source>
        <translation>Die Angaben sind in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <source>Objektservice:</source>
        <translation>Objektservice:</translation>
    </message>
    <message>
        <source>Lädt …</source>
        <translation>Lädt …</translation>
    </message>
    <message>
        <source>Fremdfirma:</source>
        <translation>Fremdfirma:</translation>
    </message>
    <message>
        <source>Name der Firma oder Person</source>
        <translation>Name der Firma oder Person</translation>
    </message>
    <message>
        <source>Zuständig</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Früher erledigen bis:</source>
        <translation>Früher erledigen bis:</translation>
    </message>
    <message>
        <source>niemand im Objektservice</source>
        <translation>niemand im Objektservice</translation>
    </message>
    <message>
        <source>Zuständig: bitte eine Person des Objektservices wählen.</source>
        <translation>Zuständig: bitte eine Person des Objektservices wählen.</translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <source>&amp;Verwaltung</source>
        <translation>&amp;Verwaltung</translation>
    </message>
    <message>
        <source>&amp;Benutzer verwalten …</source>
        <translation>&amp;Benutzer verwalten …</translation>
    </message>
    <message>
        <source>&amp;Protokoll …</source>
        <translation>&amp;Protokoll …</translation>
    </message>
    <message>
        <source>&amp;Datenschutz …</source>
        <translation>&amp;Datenschutz …</translation>
    </message>
    <message>
        <source>Datenschutz</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>In der gemeinsamen Datenbank mit Rollen dürfen die Datenschutzaufgaben nur mit der Anmeldung des Eigentümers erledigt werden, weil sie alle Personen lesen und das Protokoll bereinigen. Bitte „soest-desk privacy disclosure | retention | erase … --database-url …“ mit dieser Anmeldung ausführen.</source>
        <translation>In der gemeinsamen Datenbank mit Rollen dürfen die Datenschutzaufgaben nur mit der Anmeldung des Eigentümers erledigt werden, weil sie alle Personen lesen und das Protokoll bereinigen. Bitte „soest-desk privacy disclosure | retention | erase … --database-url …“ mit dieser Anmeldung ausführen.</translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <source>Platz suchen – %1</source>
        <translation>Platz suchen – %1</translation>
    </message>
    <message>
        <source>Einzug am:</source>
        <translation>Einzug am:</translation>
    </message>
    <message>
        <source>Unterkunft</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <source>Wohneinheit(en)</source>
        <translation>Wohneinheit(en)</translation>
    </message>
    <message>
        <source>Belegung</source>
        <translation>Belegung</translation>
    </message>
    <message>
        <source>Hinweise</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Wohneinheit</source>
        <translation>Wohneinheit</translation>
    </message>
    <message>
        <source>Warum nicht</source>
        <translation>Warum nicht</translation>
    </message>
    <message>
        <source>Vorschläge</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Nicht geeignet</source>
        <translation>Nicht geeignet</translation>
    </message>
    <message>
        <source>Begründung der Überbelegung (Pflicht, mindestens 10 Zeichen): warum, und bis wann?</source>
        <translation>Begründung der Überbelegung (Pflicht, mindestens 10 Zeichen): warum, und bis wann?</translation>
    </message>
    <message>
        <source>Haushalt bewusst aufteilen (nicht alle ziehen mit oder in eine andere Unterkunft als die Angehörigen)</source>
        <translation>Haushalt bewusst aufteilen (nicht alle ziehen mit oder in eine andere Unterkunft als die Angehörigen)</translation>
    </message>
    <message>
        <source>Einziehen</source>
        <translation>Einziehen</translation>
    </message>
    <message>
        <source>Trotzdem hier einziehen (Überbelegung)</source>
        <translation>Trotzdem hier einziehen (Überbelegung)</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Sucht …</source>
        <translation>Sucht …</translation>
    </message>
    <message>
        <source>barrierefrei nötig</source>
        <translation>barrierefrei nötig</translation>
    </message>
    <message>
        <source>Haustiere</source>
        <translation>Haustiere</translation>
    </message>
    <message>
        <source>raucht</source>
        <translation>raucht</translation>
    </message>
    <message>
        <source>Haushalt: %1 Personen (%2)%3</source>
        <translation>Haushalt: %1 Personen (%2)%3</translation>
    </message>
    <message>
        <source>Vorschläge (%1)</source>
        <translation>Vorschläge (%1)</translation>
    </message>
    <message>
        <source>Nicht geeignet (%1)</source>
        <translation>Nicht geeignet (%1)</translation>
    </message>
    <message>
        <source>Kein passender Platz frei – Gründe unter „Nicht geeignet“.</source>
        <translation>Kein passender Platz frei – Gründe unter „Nicht geeignet“.</translation>
    </message>
    <message>
        <source>zusammen</source>
        <translation>zusammen</translation>
    </message>
    <message>
        <source>aufgeteilt</source>
        <translation>aufgeteilt</translation>
    </message>
    <message>
        <source>Bitte begründen Sie die Überbelegung und klicken Sie dann noch einmal auf „Trotzdem hier einziehen“.</source>
        <translation>Bitte begründen Sie die Überbelegung und klicken Sie dann noch einmal auf „Trotzdem hier einziehen“.</translation>
    </message>
    <message>
        <source>Speichert …</source>
        <translation>Speichert …</translation>
    </message>
</context>
<context>
    <name>AuditDetailPane</name>
    <message>
        <source>Feld</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>vorher</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>nachher</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>Kein Eintrag gewählt.</source>
        <translation>Kein Eintrag gewählt.</translation>
    </message>
    <message>
        <source>Wählen Sie links einen Eintrag, um alle Änderungen zu sehen.</source>
        <translation>Wählen Sie links einen Eintrag, um alle Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; – %2 am %3 von %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2 am %3 von %4</translation>
    </message>
    <message>
        <source>Gelesen: Der Inhalt wird nicht protokolliert, nur wer ihn wann gelesen hat.</source>
        <translation>Gelesen: Der Inhalt wird nicht protokolliert, nur wer ihn wann gelesen hat.</translation>
    </message>
    <message>
        <source>Keine Feldänderungen protokolliert.</source>
        <translation>Keine Feldänderungen protokolliert.</translation>
    </message>
    <message>
        <source>Neu angelegt mit diesen Werten.</source>
        <translation>Neu angelegt mit diesen Werten.</translation>
    </message>
    <message>
        <source>Gelöscht; die Werte vor dem Löschen.</source>
        <translation>Gelöscht; die Werte vor dem Löschen.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Protokoll</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Filter nicht angewendet – %1</source>
        <translation>Filter nicht angewendet – %1</translation>
    </message>
    <message>
        <source>Lädt …</source>
        <translation>Lädt …</translation>
    </message>
    <message>
        <source>mehr als %1 Einträge</source>
        <translation>mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>1 Eintrag</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 Einträge</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>%1, neueste zuerst</source>
        <translation>%1, neueste zuerst</translation>
    </message>
    <message>
        <source>Keine Einträge für diese Filter.</source>
        <translation>Keine Einträge für diese Filter.</translation>
    </message>
</context>
<context>
    <name>AuditExportPanel</name>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Exportieren …</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Protokoll speichern unter</source>
        <translation>Protokoll speichern unter</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Datei ersetzen?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>„%1“ gibt es schon. Soll die Datei ersetzt werden?</source>
        <translation>„%1“ gibt es schon. Soll die Datei ersetzt werden?</translation>
    </message>
    <message>
        <source>Das Protokoll wird geschrieben …</source>
        <translation>Das Protokoll wird geschrieben …</translation>
    </message>
    <message>
        <source>Wird abgebrochen …</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Zeilen geschrieben: %1 von %2</source>
        <translation>Zeilen geschrieben: %1 von %2</translation>
    </message>
    <message>
        <source>Zeilen geschrieben: %1</source>
        <translation>Zeilen geschrieben: %1</translation>
    </message>
    <message>
        <source>Geschrieben: %1 (1&#xa0;Zeile)</source>
        <translation>Geschrieben: %1 (1&#xa0;Zeile)</translation>
    </message>
    <message>
        <source>Geschrieben: %1 (%2&#xa0;Zeilen)</source>
        <translation>Geschrieben: %1 (%2&#xa0;Zeilen)</translation>
    </message>
    <message>
        <source>Export abgebrochen – es wurde keine Datei geschrieben.</source>
        <translation>Export abgebrochen – es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Es ist ein unerwarteter Fehler aufgetreten; es wurde keine Datei geschrieben. Einzelheiten stehen in der Protokolldatei von Soest Desk.</source>
        <translation>Es ist ein unerwarteter Fehler aufgetreten; es wurde keine Datei geschrieben. Einzelheiten stehen in der Protokolldatei von Soest Desk.</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Anmeldename …</source>
        <translation>Anmeldename …</translation>
    </message>
    <message>
        <source>Die Einträge der Benutzer, deren Anmeldename so beginnt (Groß-/Kleinschreibung egal).</source>
        <translation>Die Einträge der Benutzer, deren Anmeldename so beginnt (Groß-/Kleinschreibung egal).</translation>
    </message>
    <message>
        <source>alle Bereiche</source>
        <translation>alle Bereiche</translation>
    </message>
    <message>
        <source>alle Aktionen</source>
        <translation>alle Aktionen</translation>
    </message>
    <message>
        <source>Die Nummer des Datensatzes im Bereich, z. B. einer Person oder einer Mängelmeldung.</source>
        <translation>Die Nummer des Datensatzes im Bereich, z. B. einer Person oder einer Mängelmeldung.</translation>
    </message>
    <message>
        <source>&amp;Anzeigen</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Zurücksetzen</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Zeitraum &amp;von</source>
        <translation>Zeitraum &amp;von</translation>
    </message>
    <message>
        <source>&amp;bis</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Ben&amp;utzer</source>
        <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <source>Be&amp;reich</source>
        <translation>Be&amp;reich</translation>
    </message>
    <message>
        <source>A&amp;ktion</source>
        <translation>A&amp;ktion</translation>
    </message>
    <message>
        <source>&amp;Nr.</source>
        <translation>&amp;Nr.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Zeitpunkt</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Benutzer</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Aktion</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Bereich</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Änderungen</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Soest Desk sichert die eingebettete Datenbankdatei bei jedem Start und beim Beenden. Diese Einstellungen gelten nur für diesen Arbeitsplatz.</source>
        <translation>Soest Desk sichert die eingebettete Datenbankdatei bei jedem Start und beim Beenden. Diese Einstellungen gelten nur für diesen Arbeitsplatz.</translation>
    </message>
    <message>
        <source>Diese Sitzung arbeitet mit einer PostgreSQL-Datenbank: Die sichert die IT auf dem Server (pg_dump); die Einstellungen hier gelten erst, wenn wieder eine eingebettete Datei benutzt wird.</source>
        <translation>Diese Sitzung arbeitet mit einer PostgreSQL-Datenbank: Die sichert die IT auf dem Server (pg_dump); die Einstellungen hier gelten erst, wenn wieder eine eingebettete Datei benutzt wird.</translation>
    </message>
    <message>
        <source>Sicherungen</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>D&amp;urchsuchen …</source>
        <translation>D&amp;urchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Ordner:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Aufbewahren:</source>
        <translation>&amp;Aufbewahren:</translation>
    </message>
    <message>
        <source>Tage</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>&amp;Mindestens behalten:</source>
        <translation>&amp;Mindestens behalten:</translation>
    </message>
    <message>
        <source>neueste Sicherungen, auch wenn sie älter sind</source>
        <translation>neueste Sicherungen, auch wenn sie älter sind</translation>
    </message>
    <message>
        <source>Leer gelassen: der Ordner „backups“ im Datenordner von Soest Desk. Ältere Sicherungen werden beim nächsten Sichern gelöscht; andere Dateien im Ordner bleiben unberührt.</source>
        <translation>Leer gelassen: der Ordner „backups“ im Datenordner von Soest Desk. Ältere Sicherungen werden beim nächsten Sichern gelöscht; andere Dateien im Ordner bleiben unberührt.</translation>
    </message>
    <message>
        <source>Sicherungsordner wählen</source>
        <translation>Sicherungsordner wählen</translation>
    </message>
    <message>
        <source>Aufbewahren (Tage)</source>
        <translation>Aufbewahren (Tage)</translation>
    </message>
    <message>
        <source>Mindestens behalten</source>
        <translation>Mindestens behalten</translation>
    </message>
    <message>
        <source>Sicherungsordner: „%1“ ist eine Datei, kein Ordner.</source>
        <translation>Sicherungsordner: „%1“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>%1: bitte einen Wert angeben.</source>
        <translation>%1: bitte einen Wert angeben.</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <source>Plätze sperren – %1</source>
        <translation>Plätze sperren – %1</translation>
    </message>
    <message>
        <source>Gesperrte Plätze werden nicht belegt. Belegte Plätze können nicht gesperrt werden.</source>
        <translation>Gesperrte Plätze werden nicht belegt. Belegte Plätze können nicht gesperrt werden.</translation>
    </message>
    <message>
        <source>Gesperrte Plätze</source>
        <translation>Gesperrte Plätze</translation>
    </message>
    <message>
        <source>Gesperrt ab</source>
        <translation>Gesperrt ab</translation>
    </message>
    <message>
        <source>bis auf Weiteres</source>
        <translation>bis auf Weiteres</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Gesperrt bis</source>
        <translation>Gesperrt bis</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Bemerkung</source>
        <translation>Bemerkung</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Eine stornierte Meldung ist abgeschlossen; sie bleibt im Verlauf sichtbar.</source>
        <translation>Eine stornierte Meldung ist abgeschlossen; sie bleibt im Verlauf sichtbar.</translation>
    </message>
    <message>
        <source>Nummer der ersten Meldung, z. B. 1234</source>
        <translation>Nummer der ersten Meldung, z. B. 1234</translation>
    </message>
    <message>
        <source>Doppelt zu #</source>
        <translation>Doppelt zu #</translation>
    </message>
    <message>
        <source>Doppelt zu: bitte die Nummer einer Meldung angeben, z. B. 1234.</source>
        <translation>Doppelt zu: bitte die Nummer einer Meldung angeben, z. B. 1234.</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Fallzahlen und Betreuungsschlüssel …</source>
        <translation>Fallzahlen und Betreuungsschlüssel …</translation>
    </message>
    <message>
        <source>Der Fall ist schon abgeschlossen.</source>
        <translation>Der Fall ist schon abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 ist in die eigene Wohnung ausgezogen. Die Belegungen sind beendet, der Fall ist mit dem Ergebnis „eigene Wohnung“ abgeschlossen.</source>
        <translation>%1 ist in die eigene Wohnung ausgezogen. Die Belegungen sind beendet, der Fall ist mit dem Ergebnis „eigene Wohnung“ abgeschlossen.</translation>
    </message>
    <message>
        <source>Sozialarbeit</source>
        <translation>Sozialarbeit</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>Fälle, die in diesem Monat mit „eigene Wohnung“ abgeschlossen wurden (aus der Übersicht) – klicken, um den Filter aufzuheben</source>
        <translation>Fälle, die in diesem Monat mit „eigene Wohnung“ abgeschlossen wurden (aus der Übersicht) – klicken, um den Filter aufzuheben</translation>
    </message>
    <message>
        <source>&amp;Meine Fälle</source>
        <translation>&amp;Meine Fälle</translation>
    </message>
    <message>
        <source>Nur die Ihnen zugeordneten Fälle, sortiert nach der nächsten Wiedervorlage (Fälle ohne Wiedervorlage zuletzt)</source>
        <translation>Nur die Ihnen zugeordneten Fälle, sortiert nach der nächsten Wiedervorlage (Fälle ohne Wiedervorlage zuletzt)</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Die Fachkraft der Sozialarbeit, der der Fall zugeordnet ist</source>
        <translation>Die Fachkraft der Sozialarbeit, der der Fall zugeordnet ist</translation>
    </message>
    <message>
        <source>Die Unterkunft, in der jemand aus dem Haushalt heute wohnt</source>
        <translation>Die Unterkunft, in der jemand aus dem Haushalt heute wohnt</translation>
    </message>
    <message>
        <source>Zuständig</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Unterkunft</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <source>&amp;Zuständig:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>&amp;Unterkunft:</source>
        <translation>&amp;Unterkunft:</translation>
    </message>
    <message>
        <source>Alle offenen</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <source>Alle Fälle</source>
        <translation>Alle Fälle</translation>
    </message>
    <message>
        <source>Stand des Falls; „Alle offenen“ lässt die abgeschlossenen Fälle weg</source>
        <translation>Stand des Falls; „Alle offenen“ lässt die abgeschlossenen Fälle weg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>unter 50 %</source>
        <translation>unter 50 %</translation>
    </message>
    <message>
        <source>50–99 %</source>
        <translation>50–99 %</translation>
    </message>
    <message>
        <source>bereit</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>Anteil der erfüllten Punkte der Checkliste Mietvertragsfähigkeit; „bereit“: alle geltenden Punkte erfüllt</source>
        <translation>Anteil der erfüllten Punkte der Checkliste Mietvertragsfähigkeit; „bereit“: alle geltenden Punkte erfüllt</translation>
    </message>
    <message>
        <source>Bereitschaft</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>&amp;Bereitschaft:</source>
        <translation>&amp;Bereitschaft:</translation>
    </message>
    <message>
        <source>Wiedervorlage über&amp;fällig</source>
        <translation>Wiedervorlage über&amp;fällig</translation>
    </message>
    <message>
        <source>Fälle mit einer offenen Wiedervorlage, deren Termin vor heute lag</source>
        <translation>Fälle mit einer offenen Wiedervorlage, deren Termin vor heute lag</translation>
    </message>
    <message>
        <source>Eigene Wohnung: %1</source>
        <translation>Eigene Wohnung: %1</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Lädt …</source>
        <translation>Lädt …</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Zuständig:</source>
        <translation>Zuständig:</translation>
    </message>
    <message>
        <source>Eröffnet:</source>
        <translation>Eröffnet:</translation>
    </message>
    <message>
        <source>Unterkunft:</source>
        <translation>Unterkunft:</translation>
    </message>
    <message>
        <source>Abgeschlossen:</source>
        <translation>Abgeschlossen:</translation>
    </message>
    <message>
        <source>Angebot:</source>
        <translation>Angebot:</translation>
    </message>
    <message>
        <source>niemand</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>keine (ausgezogen)</source>
        <translation>keine (ausgezogen)</translation>
    </message>
    <message>
        <source>%1 – Ergebnis: %2</source>
        <translation>%1 – Ergebnis: %2</translation>
    </message>
    <message>
        <source>frei ab %1</source>
        <translation>frei ab %1</translation>
    </message>
    <message>
        <source>keine Pflichtpunkte</source>
        <translation>keine Pflichtpunkte</translation>
    </message>
    <message>
        <source>bereit seit %1</source>
        <translation>bereit seit %1</translation>
    </message>
    <message>
        <source>bereit</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>noch nicht bereit</source>
        <translation>noch nicht bereit</translation>
    </message>
    <message>
        <source>Mietvertragsfähigkeit: %1 %</source>
        <translation>Mietvertragsfähigkeit: %1 %</translation>
    </message>
</context>
<context>
    <name>CaseNotesSection</name>
    <message>
        <source>Jedes Öffnen eines Vermerks wird protokolliert.</source>
        <translation>Jedes Öffnen eines Vermerks wird protokolliert.</translation>
    </message>
    <message>
        <source>&amp;Vermerk …</source>
        <translation>&amp;Vermerk …</translation>
    </message>
    <message>
        <source>Einen neuen Vermerk schreiben</source>
        <translation>Einen neuen Vermerk schreiben</translation>
    </message>
    <message>
        <source>Vermerke sind Sozialdaten: Sie sind nur für die Sozialarbeit sichtbar, die den Haushalt begleitet. Status, Checkliste und Wiedervorlagen des Falls bleiben für Sie sichtbar.</source>
        <translation>Vermerke sind Sozialdaten: Sie sind nur für die Sozialarbeit sichtbar, die den Haushalt begleitet. Status, Checkliste und Wiedervorlagen des Falls bleiben für Sie sichtbar.</translation>
    </message>
    <message>
        <source>Noch keine Vermerke zu diesem Fall.</source>
        <translation>Noch keine Vermerke zu diesem Fall.</translation>
    </message>
    <message>
        <source>Einen Vermerk in der Liste wählen, um ihn zu lesen.</source>
        <translation>Einen Vermerk in der Liste wählen, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>Lädt …</source>
        <translation>Lädt …</translation>
    </message>
</context>
<context>
    <name>CasePane</name>
    <message>
        <source>S&amp;tatus …</source>
        <translation>S&amp;tatus …</translation>
    </message>
    <message>
        <source>Zuständi&amp;g …</source>
        <translation>Zuständi&amp;g …</translation>
    </message>
    <message>
        <source>Abs&amp;chließen …</source>
        <translation>Abs&amp;chließen …</translation>
    </message>
    <message>
        <source>&amp;Wohnung suchen …</source>
        <translation>&amp;Wohnung suchen …</translation>
    </message>
    <message>
        <source>Auszug i&amp;n eigene Wohnung …</source>
        <translation>Auszug i&amp;n eigene Wohnung …</translation>
    </message>
    <message>
        <source>Checkliste</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Wiedervorlagen</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Vermerke</source>
        <translation>Vermerke</translation>
    </message>
    <message>
        <source>Haushalt, Ziele</source>
        <translation>Haushalt, Ziele</translation>
    </message>
    <message>
        <source>Wählen Sie links einen Fall aus, um ihn hier zu sehen und zu bearbeiten.</source>
        <translation>Wählen Sie links einen Fall aus, um ihn hier zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>W&amp;iedervorlage …</source>
        <translation>W&amp;iedervorlage …</translation>
    </message>
    <message>
        <source>&amp;Erledigt</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ziele&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ziele&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Zie&amp;le …</source>
        <translation>Zie&amp;le …</translation>
    </message>
    <message>
        <source>Noch keine Ziele festgehalten.</source>
        <translation>Noch keine Ziele festgehalten.</translation>
    </message>
    <message>
        <source>Wiedervorlagen (%1)</source>
        <translation>Wiedervorlagen (%1)</translation>
    </message>
    <message>
        <source>%1 offen, davon %2 überfällig</source>
        <translation>%1 offen, davon %2 überfällig</translation>
    </message>
    <message>
        <source>Vermerke (%1)</source>
        <translation>Vermerke (%1)</translation>
    </message>
    <message>
        <source>Der Fall kann nicht angezeigt werden.</source>
        <translation>Der Fall kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Wieder &amp;öffnen</source>
        <translation>Wieder &amp;öffnen</translation>
    </message>
    <message>
        <source>Nicht möglich</source>
        <translation>Nicht möglich</translation>
    </message>
</context>
<context>
    <name>CaseloadDialog</name>
    <message>
        <source>Fallzahlen und Betreuungsschlüssel</source>
        <translation>Fallzahlen und Betreuungsschlüssel</translation>
    </message>
    <message>
        <source>Lädt …</source>
        <translation>Lädt …</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>offene Fälle</source>
        <translation>offene Fälle</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Anteil am Soll</source>
        <translation>Anteil am Soll</translation>
    </message>
    <message>
        <source>überfällige Wiedervorlagen</source>
        <translation>überfällige Wiedervorlagen</translation>
    </message>
    <message>
        <source>Anteil am Soll: Personen in den offenen Fällen je Fachkraft gemessen am Betreuungsschlüssel; der Strich markiert 100 %. Gelb über 100 %, rot über 120 %.</source>
        <translation>Anteil am Soll: Personen in den offenen Fällen je Fachkraft gemessen am Betreuungsschlüssel; der Strich markiert 100 %. Gelb über 100 %, rot über 120 %.</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Soll %1</source>
        <translation>Soll %1</translation>
    </message>
    <message>
        <source>1 Bewohner*in heute</source>
        <translation>1 Bewohner*in heute</translation>
    </message>
    <message>
        <source>%1 Bewohner*innen heute</source>
        <translation>%1 Bewohner*innen heute</translation>
    </message>
    <message>
        <source>Ist: keine aktive Fachkraft der Sozialarbeit</source>
        <translation>Ist: keine aktive Fachkraft der Sozialarbeit</translation>
    </message>
    <message>
        <source>Ist %1</source>
        <translation>Ist %1</translation>
    </message>
    <message>
        <source>1 Fachkraft</source>
        <translation>1 Fachkraft</translation>
    </message>
    <message>
        <source>%1 Fachkräfte</source>
        <translation>%1 Fachkräfte</translation>
    </message>
    <message>
        <source>Fälle ohne Zuständige*n: %1</source>
        <translation>Fälle ohne Zuständige*n: %1</translation>
    </message>
    <message>
        <source>%1 Personen bei einem Soll von %2 je Fachkraft</source>
        <translation>%1 Personen bei einem Soll von %2 je Fachkraft</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>Punkt</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Gültig bis</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Anzahl</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Nachweis</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>%1 (kein Pflichtpunkt)</source>
        <translation>%1 (kein Pflichtpunkt)</translation>
    </message>
    <message>
        <source>%1
abgelaufen</source>
        <translation>%1
abgelaufen</translation>
    </message>
    <message>
        <source>Nachweis: %1</source>
        <translation>Nachweis: %1</translation>
    </message>
    <message>
        <source>Abgelaufen: zählt nicht mehr als erfüllt.</source>
        <translation>Abgelaufen: zählt nicht mehr als erfüllt.</translation>
    </message>
    <message>
        <source>Fällig am</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Betreff</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Erledigt am</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>%1 – überfällig</source>
        <translation>%1 – überfällig</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Alter</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Wohnt in</source>
        <translation>Wohnt in</translation>
    </message>
    <message>
        <source>ohne Platz</source>
        <translation>ohne Platz</translation>
    </message>
    <message>
        <source>eigene Wohnung</source>
        <translation>eigene Wohnung</translation>
    </message>
    <message>
        <source>weggezogen</source>
        <translation>weggezogen</translation>
    </message>
    <message>
        <source>keine Begleitung mehr nötig</source>
        <translation>keine Begleitung mehr nötig</translation>
    </message>
    <message>
        <source>Sonstiges</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>in Arbeit</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>erfüllt</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>entfällt</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>Beratung</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Hausbesuch</source>
        <translation>Hausbesuch</translation>
    </message>
    <message>
        <source>Telefonat</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <source>Begleitung</source>
        <translation>Begleitung</translation>
    </message>
    <message>
        <source>nur für die Sozialarbeit sichtbar</source>
        <translation>nur für die Sozialarbeit sichtbar</translation>
    </message>
    <message>
        <source>%1 Min.</source>
        <translation>%1 Min.</translation>
    </message>
</context>
<context>
    <name>ChecklistSection</name>
    <message>
        <source>&amp;Punkt bearbeiten …</source>
        <translation>&amp;Punkt bearbeiten …</translation>
    </message>
    <message>
        <source>Nachweise: %1</source>
        <translation>Nachweise: %1</translation>
    </message>
    <message>
        <source>Einen Punkt wählen, um seinen Nachweis zu sehen.</source>
        <translation>Einen Punkt wählen, um seinen Nachweis zu sehen.</translation>
    </message>
    <message>
        <source>Nachweis: %1</source>
        <translation>Nachweis: %1</translation>
    </message>
    <message>
        <source>Nachweis: noch keiner eingetragen</source>
        <translation>Nachweis: noch keiner eingetragen</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Fall abschließen – %1</source>
        <translation>Fall abschließen – %1</translation>
    </message>
    <message>
        <source>Ein abgeschlossener Fall bleibt abgeschlossen; für den Haushalt kann später ein neuer Fall eröffnet werden. Zieht der Haushalt in eine eigene Wohnung, bitte „Auszug in eigene Wohnung …“ verwenden: Das beendet auch die Belegung.</source>
        <translation>Ein abgeschlossener Fall bleibt abgeschlossen; für den Haushalt kann später ein neuer Fall eröffnet werden. Zieht der Haushalt in eine eigene Wohnung, bitte „Auszug in eigene Wohnung …“ verwenden: Das beendet auch die Belegung.</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Abgeschlossen am</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Abschließen</source>
        <translation>Abschließen</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Gemeinschaftsunterkunft</source>
        <translation>Gemeinschaftsunterkunft</translation>
    </message>
    <message>
        <source>Übergangswohnheim</source>
        <translation>Übergangswohnheim</translation>
    </message>
    <message>
        <source>Kommunale Wohnung</source>
        <translation>Kommunale Wohnung</translation>
    </message>
    <message>
        <source>Privates Wohnraumangebot</source>
        <translation>Privates Wohnraumangebot</translation>
    </message>
    <message>
        <source>Familien</source>
        <translation>Familien</translation>
    </message>
    <message>
        <source>Alleinstehende Männer</source>
        <translation>Alleinstehende Männer</translation>
    </message>
    <message>
        <source>Alleinstehende Frauen</source>
        <translation>Alleinstehende Frauen</translation>
    </message>
    <message>
        <source>Gemischt</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Offen</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In Begleitung</source>
        <translation>In Begleitung</translation>
    </message>
    <message>
        <source>Ruht</source>
        <translation>Ruht</translation>
    </message>
    <message>
        <source>Abgeschlossen</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Gemeldet</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Rückfrage</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <source>Übernommen</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>In Arbeit</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Wartet</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Erledigt gemeldet</source>
        <translation>Erledigt gemeldet</translation>
    </message>
    <message>
        <source>Abgenommen</source>
        <translation>Abgenommen</translation>
    </message>
    <message>
        <source>Storniert</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Fremdfirma</source>
        <translation>Fremdfirma</translation>
    </message>
    <message>
        <source>Zugang</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Sofort</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>Dringend</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Niedrig</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Sofort (Verkehrssicherheit)</source>
        <translation>Sofort (Verkehrssicherheit)</translation>
    </message>
    <message>
        <source>Arbeitszeit</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>Rechnung Fremdfirma</source>
        <translation>Rechnung Fremdfirma</translation>
    </message>
    <message>
        <source>Elektro</source>
        <translation>Elektro</translation>
    </message>
    <message>
        <source>Sanitär</source>
        <translation>Sanitär</translation>
    </message>
    <message>
        <source>Heizung</source>
        <translation>Heizung</translation>
    </message>
    <message>
        <source>Fenster/Türen</source>
        <translation>Fenster/Türen</translation>
    </message>
    <message>
        <source>Brandschutz</source>
        <translation>Brandschutz</translation>
    </message>
    <message>
        <source>Schädlinge</source>
        <translation>Schädlinge</translation>
    </message>
    <message>
        <source>Außenanlage</source>
        <translation>Außenanlage</translation>
    </message>
    <message>
        <source>Möbel/Ausstattung</source>
        <translation>Möbel/Ausstattung</translation>
    </message>
    <message>
        <source>Reinigung</source>
        <translation>Reinigung</translation>
    </message>
    <message>
        <source>Sonstiges</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Heimleitung</source>
        <translation>Heimleitung</translation>
    </message>
    <message>
        <source>Objektservice</source>
        <translation>Objektservice</translation>
    </message>
    <message>
        <source>Sozialarbeit</source>
        <translation>Sozialarbeit</translation>
    </message>
    <message>
        <source>Leitung</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Beschwerde</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>persönlich</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <source>Polizei</source>
        <translation>Polizei</translation>
    </message>
    <message>
        <source>Ortsbeirat</source>
        <translation>Ortsbeirat</translation>
    </message>
    <message>
        <source>Lärm</source>
        <translation>Lärm</translation>
    </message>
    <message>
        <source>Müll</source>
        <translation>Müll</translation>
    </message>
    <message>
        <source>Parken</source>
        <translation>Parken</translation>
    </message>
    <message>
        <source>Konflikt</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Lob</source>
        <translation>Lob</translation>
    </message>
    <message>
        <source>Veranstaltung</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <source>Albanien</source>
        <translation>Albanien</translation>
    </message>
    <message>
        <source>Armenien</source>
        <translation>Armenien</translation>
    </message>
    <message>
        <source>Aserbaidschan</source>
        <translation>Aserbaidschan</translation>
    </message>
    <message>
        <source>Kongo (Dem. Rep.)</source>
        <translation>Kongo (Dem. Rep.)</translation>
    </message>
    <message>
        <source>Deutschland</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Algerien</source>
        <translation>Algerien</translation>
    </message>
    <message>
        <source>Ägypten</source>
        <translation>Ägypten</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <source>Äthiopien</source>
        <translation>Äthiopien</translation>
    </message>
    <message>
        <source>Georgien</source>
        <translation>Georgien</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Gambia</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <source>Irak</source>
        <translation>Irak</translation>
    </message>
    <message>
        <source>Libanon</source>
        <translation>Libanon</translation>
    </message>
    <message>
        <source>Libyen</source>
        <translation>Libyen</translation>
    </message>
    <message>
        <source>Marokko</source>
        <translation>Marokko</translation>
    </message>
    <message>
        <source>Moldau</source>
        <translation>Moldau</translation>
    </message>
    <message>
        <source>Nordmazedonien</source>
        <translation>Nordmazedonien</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <source>Palästinensische Gebiete</source>
        <translation>Palästinensische Gebiete</translation>
    </message>
    <message>
        <source>Russland</source>
        <translation>Russland</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <source>Serbien</source>
        <translation>Serbien</translation>
    </message>
    <message>
        <source>Syrien</source>
        <translation>Syrien</translation>
    </message>
    <message>
        <source>Tunesien</source>
        <translation>Tunesien</translation>
    </message>
    <message>
        <source>Türkei</source>
        <translation>Türkei</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>Kosovo</source>
        <translation>Kosovo</translation>
    </message>
    <message>
        <source>staatenlos</source>
        <translation>staatenlos</translation>
    </message>
    <message>
        <source>ungeklärt</source>
        <translation>ungeklärt</translation>
    </message>
    <message>
        <source>Jemen</source>
        <translation>Jemen</translation>
    </message>
    <message>
        <source>Rückfrage stellen</source>
        <translation>Rückfrage stellen</translation>
    </message>
    <message>
        <source>Rückfrage beantworten</source>
        <translation>Rückfrage beantworten</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Arbeit beginnen</source>
        <translation>Arbeit beginnen</translation>
    </message>
    <message>
        <source>Wartet …</source>
        <translation>Wartet …</translation>
    </message>
    <message>
        <source>Weiter bearbeiten</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Erledigt melden</source>
        <translation>Erledigt melden</translation>
    </message>
    <message>
        <source>Abnehmen</source>
        <translation>Abnehmen</translation>
    </message>
    <message>
        <source>Ablehnen (Nacharbeit)</source>
        <translation>Ablehnen (Nacharbeit)</translation>
    </message>
    <message>
        <source>Stornieren</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>Antwort</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Bemerkung</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <source>Erledigte Arbeiten</source>
        <translation>Erledigte Arbeiten</translation>
    </message>
    <message>
        <source>Bemerkung zur Abnahme</source>
        <translation>Bemerkung zur Abnahme</translation>
    </message>
    <message>
        <source>Grund der Ablehnung</source>
        <translation>Grund der Ablehnung</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Unterkünfte ansehen</source>
        <translation>Unterkünfte ansehen</translation>
    </message>
    <message>
        <source>Unterkünfte bearbeiten</source>
        <translation>Unterkünfte bearbeiten</translation>
    </message>
    <message>
        <source>Bewohner*innen ansehen</source>
        <translation>Bewohner*innen ansehen</translation>
    </message>
    <message>
        <source>Bewohner*innen bearbeiten</source>
        <translation>Bewohner*innen bearbeiten</translation>
    </message>
    <message>
        <source>Belegungen verwalten</source>
        <translation>Belegungen verwalten</translation>
    </message>
    <message>
        <source>Auszug in eigene Wohnung eintragen</source>
        <translation>Auszug in eigene Wohnung eintragen</translation>
    </message>
    <message>
        <source>Plätze zuweisen</source>
        <translation>Plätze zuweisen</translation>
    </message>
    <message>
        <source>Mängelmeldungen ansehen</source>
        <translation>Mängelmeldungen ansehen</translation>
    </message>
    <message>
        <source>Mängel melden</source>
        <translation>Mängel melden</translation>
    </message>
    <message>
        <source>Mängel bearbeiten</source>
        <translation>Mängel bearbeiten</translation>
    </message>
    <message>
        <source>Reparaturen abnehmen</source>
        <translation>Reparaturen abnehmen</translation>
    </message>
    <message>
        <source>Fälle ansehen</source>
        <translation>Fälle ansehen</translation>
    </message>
    <message>
        <source>Fälle bearbeiten</source>
        <translation>Fälle bearbeiten</translation>
    </message>
    <message>
        <source>Vermerke lesen</source>
        <translation>Vermerke lesen</translation>
    </message>
    <message>
        <source>Nachbarschaftsmeldungen ansehen</source>
        <translation>Nachbarschaftsmeldungen ansehen</translation>
    </message>
    <message>
        <source>Nachbarschaftsmeldungen bearbeiten</source>
        <translation>Nachbarschaftsmeldungen bearbeiten</translation>
    </message>
    <message>
        <source>Berichte exportieren</source>
        <translation>Berichte exportieren</translation>
    </message>
    <message>
        <source>Pilotunterkünfte festlegen</source>
        <translation>Pilotunterkünfte festlegen</translation>
    </message>
    <message>
        <source>Benutzer verwalten</source>
        <translation>Benutzer verwalten</translation>
    </message>
    <message>
        <source>Einstellungen verwalten</source>
        <translation>Einstellungen verwalten</translation>
    </message>
    <message>
        <source>Protokoll ansehen</source>
        <translation>Protokoll ansehen</translation>
    </message>
    <message>
        <source>Datenschutzaufgaben erledigen</source>
        <translation>Datenschutzaufgaben erledigen</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Spalten</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Spalte %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Alle Spalten zeigen</source>
        <translation>Alle Spalten zeigen</translation>
    </message>
    <message>
        <source>Standard wiederherstellen</source>
        <translation>Standard wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Meldung #%1 wurde inzwischen geändert</source>
        <translation>Meldung #%1 wurde inzwischen geändert</translation>
    </message>
    <message>
        <source>Inzwischen geändert:</source>
        <translation>Inzwischen geändert:</translation>
    </message>
    <message>
        <source>(Die Änderung steht nicht im Verlauf, z. B. eine Korrektur der Daten.)</source>
        <translation>(Die Änderung steht nicht im Verlauf, z. B. eine Korrektur der Daten.)</translation>
    </message>
    <message>
        <source>Ihre Eingabe (nicht gespeichert, zum Kopieren):</source>
        <translation>Ihre Eingabe (nicht gespeichert, zum Kopieren):</translation>
    </message>
    <message>
        <source>Neu laden</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>CostRowsEditor</name>
    <message>
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Betrag €</source>
        <translation>Betrag €</translation>
    </message>
    <message>
        <source>Stunden</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Satz €/Std.</source>
        <translation>Satz €/Std.</translation>
    </message>
    <message>
        <source>+ Weitere Position</source>
        <translation>+ Weitere Position</translation>
    </message>
    <message>
        <source>z. B. Dichtung, Ventil</source>
        <translation>z. B. Dichtung, Ventil</translation>
    </message>
    <message>
        <source>Diese Position entfernen</source>
        <translation>Diese Position entfernen</translation>
    </message>
    <message>
        <source>Summe: %1</source>
        <translation>Summe: %1</translation>
    </message>
</context>
<context>
    <name>CostsDialog</name>
    <message>
        <source>Kosten buchen</source>
        <translation>Kosten buchen</translation>
    </message>
    <message>
        <source>Positionen</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Kosten: bitte mindestens eine Position ausfüllen.</source>
        <translation>Kosten: bitte mindestens eine Position ausfüllen.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>1 Unterkunft</source>
        <translation>1 Unterkunft</translation>
    </message>
    <message>
        <source>1 Bewohner*in</source>
        <translation>1 Bewohner*in</translation>
    </message>
    <message>
        <source>1 Fall</source>
        <translation>1 Fall</translation>
    </message>
    <message>
        <source>1 Meldung</source>
        <translation>1 Meldung</translation>
    </message>
    <message>
        <source>1 Eintrag</source>
        <translation>1 Eintrag</translation>
    </message>
    <message numerus="yes">
        <source>%1 Unterkünfte</source>
        <translation>
            <numerusform>%1 Unterkünfte</numerusform>
            <numerusform>%1 Unterkünfte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Bewohner*innen</source>
        <translation>
            <numerusform>%1 Bewohner*innen</numerusform>
            <numerusform>%1 Bewohner*innen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Fälle</source>
        <translation>
            <numerusform>%1 Fälle</numerusform>
            <numerusform>%1 Fälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Meldungen</source>
        <translation>
            <numerusform>%1 Meldungen</numerusform>
            <numerusform>%1 Meldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Einträge</source>
        <translation>
            <numerusform>%1 Einträge</numerusform>
            <numerusform>%1 Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Datenbank beim nächsten Start</source>
        <translation>Datenbank beim nächsten Start</translation>
    </message>
    <message>
        <source>&amp;Eingebettete Datei (nur dieser Arbeitsplatz)</source>
        <translation>&amp;Eingebettete Datei (nur dieser Arbeitsplatz)</translation>
    </message>
    <message>
        <source>Durch&amp;suchen …</source>
        <translation>Durch&amp;suchen …</translation>
    </message>
    <message>
        <source>&amp;Datei:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL-Server (gemeinsame Datenbank)</source>
        <translation>&amp;PostgreSQL-Server (gemeinsame Datenbank)</translation>
    </message>
    <message>
        <source>z. B. db.soest.intern</source>
        <translation>z. B. db.soest.intern</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Daten&amp;bank:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>leer: bei der Anmeldung eingeben</source>
        <translation>leer: bei der Anmeldung eingeben</translation>
    </message>
    <message>
        <source>Ben&amp;utzer:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>nur für den Test, wird nicht gespeichert</source>
        <translation>nur für den Test, wird nicht gespeichert</translation>
    </message>
    <message>
        <source>Pass&amp;wort:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Verbindung &amp;testen</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Eine Änderung gilt ab dem nächsten Start von Soest Desk. Ein Passwort wird nicht gespeichert: Soest Desk fragt es bei der Anmeldung.</source>
        <translation>Eine Änderung gilt ab dem nächsten Start von Soest Desk. Ein Passwort wird nicht gespeichert: Soest Desk fragt es bei der Anmeldung.</translation>
    </message>
    <message>
        <source>Diese Sitzung: %1.</source>
        <translation>Diese Sitzung: %1.</translation>
    </message>
    <message>
        <source>Die Datenbank ist durch die Umgebungsvariable %1 festgelegt; sie hat Vorrang. Eine Änderung hier wirkt erst, wenn die Variable entfernt ist.</source>
        <translation>Die Datenbank ist durch die Umgebungsvariable %1 festgelegt; sie hat Vorrang. Eine Änderung hier wirkt erst, wenn die Variable entfernt ist.</translation>
    </message>
    <message>
        <source>Die Datenbank ist von der IT für alle Benutzer dieses Rechners vorgegeben (%1). Eine Einstellung hier gilt stattdessen für Ihr Benutzerkonto.</source>
        <translation>Die Datenbank ist von der IT für alle Benutzer dieses Rechners vorgegeben (%1). Eine Einstellung hier gilt stattdessen für Ihr Benutzerkonto.</translation>
    </message>
    <message>
        <source>Die Datenbank steht in Ihrer Einstellungsdatei (%1).</source>
        <translation>Die Datenbank steht in Ihrer Einstellungsdatei (%1).</translation>
    </message>
    <message>
        <source>Es gilt die Vorgabe: die eingebettete Datei im Datenordner von Soest Desk.</source>
        <translation>Es gilt die Vorgabe: die eingebettete Datei im Datenordner von Soest Desk.</translation>
    </message>
    <message>
        <source>Diese Sitzung wurde mit einer anderen Datenbank gestartet (Befehlszeile „--database-url“ oder Demo).</source>
        <translation>Diese Sitzung wurde mit einer anderen Datenbank gestartet (Befehlszeile „--database-url“ oder Demo).</translation>
    </message>
    <message>
        <source>Datenbankdatei wählen</source>
        <translation>Datenbankdatei wählen</translation>
    </message>
    <message>
        <source>SQLite-Datenbank (*.sqlite *.db);;Alle Dateien (*)</source>
        <translation>SQLite-Datenbank (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Datenbank</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>%1: bitte angeben.</source>
        <translation>%1: bitte angeben.</translation>
    </message>
    <message>
        <source>Datei: „%1“ gibt es nicht. Bitte wählen Sie eine vorhandene Datenbank von Soest Desk, oder lassen Sie das Feld leer für die eingebettete Standarddatei.</source>
        <translation>Datei: „%1“ gibt es nicht. Bitte wählen Sie eine vorhandene Datenbank von Soest Desk, oder lassen Sie das Feld leer für die eingebettete Standarddatei.</translation>
    </message>
    <message>
        <source>Verbindung wird geprüft …</source>
        <translation>Verbindung wird geprüft …</translation>
    </message>
    <message>
        <source>Verbindung hergestellt: %1. Eine Datenbank von Soest Desk mit dem Schema-Stand %2, passend zu dieser Version.</source>
        <translation>Verbindung hergestellt: %1. Eine Datenbank von Soest Desk mit dem Schema-Stand %2, passend zu dieser Version.</translation>
    </message>
    <message>
        <source>Verbindung hergestellt: %1. Eine Datenbank von Soest Desk mit dem älteren Schema-Stand %2; sie wird beim Start auf den Stand dieser Version gebracht.</source>
        <translation>Verbindung hergestellt: %1. Eine Datenbank von Soest Desk mit dem älteren Schema-Stand %2; sie wird beim Start auf den Stand dieser Version gebracht.</translation>
    </message>
    <message>
        <source>Verbindung hergestellt: %1. Die Datenbank stammt von einer neueren Version von Soest Desk (Schema-Stand %2); bitte installieren Sie zuerst die aktuelle Version.</source>
        <translation>Verbindung hergestellt: %1. Die Datenbank stammt von einer neueren Version von Soest Desk (Schema-Stand %2); bitte installieren Sie zuerst die aktuelle Version.</translation>
    </message>
    <message>
        <source>Verbindung hergestellt: %1. Die Datenbank ist noch leer; Soest Desk richtet sie beim ersten Start ein.</source>
        <translation>Verbindung hergestellt: %1. Die Datenbank ist noch leer; Soest Desk richtet sie beim ersten Start ein.</translation>
    </message>
    <message>
        <source>Verbindung hergestellt: %1. Die Datenbank enthält aber Tabellen, die nicht von Soest Desk stammen; bitte wählen Sie eine leere Datenbank oder eine von Soest Desk.</source>
        <translation>Verbindung hergestellt: %1. Die Datenbank enthält aber Tabellen, die nicht von Soest Desk stammen; bitte wählen Sie eine leere Datenbank oder eine von Soest Desk.</translation>
    </message>
    <message>
        <source>Keine Verbindung: Die Datei „%1“ gibt es nicht.</source>
        <translation>Keine Verbindung: Die Datei „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>Der Server %1 ist erreichbar, hat die Anmeldung aber abgelehnt: %3 Für den Test bitte Benutzer und Passwort eingeben (das Passwort wird nicht gespeichert).</source>
        <translation>Der Server %1 ist erreichbar, hat die Anmeldung aber abgelehnt: %3 Für den Test bitte Benutzer und Passwort eingeben (das Passwort wird nicht gespeichert).</translation>
    </message>
    <message>
        <source>Keine Verbindung: %3</source>
        <translation>Keine Verbindung: %3</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source> (%1 Std. × %2)</source>
        <translation> (%1 Std. × %2)</translation>
    </message>
    <message>
        <source>Summe: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <source>am Zug: %1</source>
        <translation>am Zug: %1</translation>
    </message>
    <message>
        <source>Als gesichert melden …</source>
        <translation>Als gesichert melden …</translation>
    </message>
    <message>
        <source>Kommentieren …</source>
        <translation>Kommentieren …</translation>
    </message>
    <message>
        <source>Priorität ändern …</source>
        <translation>Priorität ändern …</translation>
    </message>
    <message>
        <source>Foto anhängen …</source>
        <translation>Foto anhängen …</translation>
    </message>
    <message>
        <source>Kosten buchen …</source>
        <translation>Kosten buchen …</translation>
    </message>
    <message>
        <source>Am Zug: %1</source>
        <translation>Am Zug: %1</translation>
    </message>
    <message>
        <source>Priorität: %1</source>
        <translation>Priorität: %1</translation>
    </message>
    <message>
        <source>Frist: %1</source>
        <translation>Frist: %1</translation>
    </message>
    <message>
        <source>Überfällig</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Verkehrssicherheit</source>
        <translation>Verkehrssicherheit</translation>
    </message>
    <message>
        <source>Auftrag drucken (PDF) …</source>
        <translation>Auftrag drucken (PDF) …</translation>
    </message>
    <message>
        <source>Ort:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Kategorie:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Gemeldet:</source>
        <translation>Gemeldet:</translation>
    </message>
    <message>
        <source>Zuständig:</source>
        <translation>Zuständig:</translation>
    </message>
    <message>
        <source>noch niemand</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>Nacharbeit:</source>
        <translation>Nacharbeit:</translation>
    </message>
    <message>
        <source>%1-mal abgelehnt</source>
        <translation>%1-mal abgelehnt</translation>
    </message>
    <message>
        <source>Doppelt zu:</source>
        <translation>Doppelt zu:</translation>
    </message>
    <message>
        <source>Abgeschlossen:</source>
        <translation>Abgeschlossen:</translation>
    </message>
    <message>
        <source>Wiederholungsmangel: dieselbe Kategorie im selben Zimmer wurde kurz davor oder danach schon gemeldet – %1.</source>
        <translation>Wiederholungsmangel: dieselbe Kategorie im selben Zimmer wurde kurz davor oder danach schon gemeldet – %1.</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Keine Beschreibung.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <source>Fotos (%1)</source>
        <translation>Fotos (%1)</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Zeit je Status</source>
        <translation>Zeit je Status</translation>
    </message>
    <message>
        <source>Verlauf (neueste zuerst)</source>
        <translation>Verlauf (neueste zuerst)</translation>
    </message>
</context>
<context>
    <name>DocumentsEditor</name>
    <message>
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Ausstellungsstaat</source>
        <translation>Ausstellungsstaat</translation>
    </message>
    <message>
        <source>gültig bis</source>
        <translation>gültig bis</translation>
    </message>
    <message>
        <source>Dokument hinzufügen</source>
        <translation>Dokument hinzufügen</translation>
    </message>
    <message>
        <source>z. B. FX123456</source>
        <translation>z. B. FX123456</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>Diese Person ist möglicherweise schon erfasst. Bitte prüfen Sie, ob es dieselbe Person ist:</source>
        <translation>Diese Person ist möglicherweise schon erfasst. Bitte prüfen Sie, ob es dieselbe Person ist:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Wohnt in</source>
        <translation>Wohnt in</translation>
    </message>
    <message>
        <source>Übereinstimmung</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Vorhandene Person öffnen</source>
        <translation>Vorhandene Person öffnen</translation>
    </message>
    <message>
        <source>Trotzdem neu anlegen</source>
        <translation>Trotzdem neu anlegen</translation>
    </message>
    <message>
        <source>beendet</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>nirgends</source>
        <translation>nirgends</translation>
    </message>
</context>
<context>
    <name>EndBlockDialog</name>
    <message>
        <source>Sperrung aufheben – %1</source>
        <translation>Sperrung aufheben – %1</translation>
    </message>
    <message>
        <source>bis auf Weiteres</source>
        <translation>bis auf Weiteres</translation>
    </message>
    <message>
        <source>bis %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>%1 %2 seit %3, %4 (%5)</source>
        <translation>%1 %2 seit %3, %4 (%5)</translation>
    </message>
    <message>
        <source>Platz</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Plätze</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Sperrung</source>
        <translation>Sperrung</translation>
    </message>
    <message>
        <source>Frei ab</source>
        <translation>Frei ab</translation>
    </message>
    <message>
        <source>Sperrung: bitte eine Sperrung wählen.</source>
        <translation>Sperrung: bitte eine Sperrung wählen.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Soest Desk – Das hat nicht geklappt</source>
        <translation>Soest Desk – Das hat nicht geklappt</translation>
    </message>
    <message>
        <source>Das hat nicht geklappt.</source>
        <translation>Das hat nicht geklappt.</translation>
    </message>
    <message>
        <source>Bei diesem Schritt ist ein unerwarteter Fehler aufgetreten. Ihre gespeicherten Daten sind sicher: Was vorher gespeichert war, bleibt erhalten. Eine Eingabe, die gerade gespeichert werden sollte, prüfen Sie bitte noch einmal.

Sie können weiterarbeiten. Wenn der Fehler wiederkommt, nennen Sie der IT-Betreuung bitte die Vorfallsnummer.</source>
        <translation>Bei diesem Schritt ist ein unerwarteter Fehler aufgetreten. Ihre gespeicherten Daten sind sicher: Was vorher gespeichert war, bleibt erhalten. Eine Eingabe, die gerade gespeichert werden sollte, prüfen Sie bitte noch einmal.

Sie können weiterarbeiten. Wenn der Fehler wiederkommt, nennen Sie der IT-Betreuung bitte die Vorfallsnummer.</translation>
    </message>
    <message>
        <source>Vorfallsnummer: %1</source>
        <translation>Vorfallsnummer: %1</translation>
    </message>
    <message>
        <source>Die Einzelheiten stehen im Protokoll:
%1</source>
        <translation>Die Einzelheiten stehen im Protokoll:
%1</translation>
    </message>
    <message>
        <source>Protokollordner öffnen</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Details kopieren</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Die Details sind in der Zwischenablage.</source>
        <translation>Die Details sind in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Danach ist noch %1-mal ein Fehler aufgetreten; alle stehen im Protokoll.</source>
        <translation>Danach ist noch %1-mal ein Fehler aufgetreten; alle stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Bericht exportieren</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Ihre Rolle erlaubt den Bericht „%1“ nicht.</source>
        <translation>Ihre Rolle erlaubt den Bericht „%1“ nicht.</translation>
    </message>
    <message>
        <source>Ihre Rolle erlaubt keinen Bericht.</source>
        <translation>Ihre Rolle erlaubt keinen Bericht.</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Datei ö&amp;ffnen</source>
        <translation>Datei ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Ordner öffnen</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Exportieren</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Die Unterkünfte konnten nicht geladen werden: %1</source>
        <translation>Die Unterkünfte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Bericht speichern unter</source>
        <translation>Bericht speichern unter</translation>
    </message>
    <message>
        <source>Datei ersetzen?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>„%1“ gibt es schon. Soll die Datei ersetzt werden?</source>
        <translation>„%1“ gibt es schon. Soll die Datei ersetzt werden?</translation>
    </message>
    <message>
        <source>Der Bericht wird zusammengestellt …</source>
        <translation>Der Bericht wird zusammengestellt …</translation>
    </message>
    <message>
        <source>Wird abgebrochen …</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Zeilen geschrieben: %1 von %2</source>
        <translation>Zeilen geschrieben: %1 von %2</translation>
    </message>
    <message>
        <source>Zeilen geschrieben: %1</source>
        <translation>Zeilen geschrieben: %1</translation>
    </message>
    <message>
        <source>Geschrieben: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <source>Geschrieben: %1 (1&#xa0;Zeile)</source>
        <translation>Geschrieben: %1 (1&#xa0;Zeile)</translation>
    </message>
    <message>
        <source>Geschrieben: %1 (%2&#xa0;Zeilen)</source>
        <translation>Geschrieben: %1 (%2&#xa0;Zeilen)</translation>
    </message>
    <message>
        <source>Export abgebrochen – es wurde keine Datei geschrieben.</source>
        <translation>Export abgebrochen – es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Es ist ein unerwarteter Fehler aufgetreten; es wurde keine Datei geschrieben. Einzelheiten stehen in der Protokolldatei von Soest Desk.</source>
        <translation>Es ist ein unerwarteter Fehler aufgetreten; es wurde keine Datei geschrieben. Einzelheiten stehen in der Protokolldatei von Soest Desk.</translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>Letzter Monat</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Dieser Monat</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Letztes Quartal</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <source>Dieses Jahr</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Letztes Jahr</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Letzte 12 Monate</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <source>Eigener Zeitraum</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Durch&amp;suchen …</source>
        <translation>Durch&amp;suchen …</translation>
    </message>
    <message>
        <source>&amp;Von</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;Bis</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Be&amp;richt:</source>
        <translation>Be&amp;richt:</translation>
    </message>
    <message>
        <source>&amp;Zeitraum:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Unterkünfte:</source>
        <translation>Unterkünfte:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;Datei:</source>
        <translation>&amp;Datei:</translation>
    </message>
</context>
<context>
    <name>FacilityFilterBar</name>
    <message>
        <source>Nur diese Unterkunft (aus der Übersicht) – klicken, um wieder alle zu zeigen</source>
        <translation>Nur diese Unterkunft (aus der Übersicht) – klicken, um wieder alle zu zeigen</translation>
    </message>
    <message>
        <source>Unterkünfte mit mindestens so vielen freien Plätzen (Plätze minus gesperrte minus belegte, heute)</source>
        <translation>Unterkünfte mit mindestens so vielen freien Plätzen (Plätze minus gesperrte minus belegte, heute)</translation>
    </message>
    <message>
        <source>Freie Plätze mindestens</source>
        <translation>Freie Plätze mindestens</translation>
    </message>
    <message>
        <source>Barrierefrei</source>
        <translation>Barrierefrei</translation>
    </message>
    <message>
        <source>Die Unterkunft ist barrierefrei oder hat mindestens eine barrierefreie Wohneinheit</source>
        <translation>Die Unterkunft ist barrierefrei oder hat mindestens eine barrierefreie Wohneinheit</translation>
    </message>
    <message>
        <source>Haustiere erlaubt</source>
        <translation>Haustiere erlaubt</translation>
    </message>
    <message>
        <source>Unterkünfte, in denen Haustiere erlaubt sind</source>
        <translation>Unterkünfte, in denen Haustiere erlaubt sind</translation>
    </message>
    <message>
        <source>Rauchen erlaubt</source>
        <translation>Rauchen erlaubt</translation>
    </message>
    <message>
        <source>Unterkünfte, in denen Rauchen erlaubt ist</source>
        <translation>Unterkünfte, in denen Rauchen erlaubt ist</translation>
    </message>
    <message>
        <source>Alle Arten</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Art der Unterkunft</source>
        <translation>Art der Unterkunft</translation>
    </message>
    <message>
        <source>Alle Stadtteile</source>
        <translation>Alle Stadtteile</translation>
    </message>
    <message>
        <source>Stadtteil</source>
        <translation>Stadtteil</translation>
    </message>
    <message>
        <source>Alle Belegungsarten</source>
        <translation>Alle Belegungsarten</translation>
    </message>
    <message>
        <source>Unterkünfte mit mindestens einer aktiven Wohneinheit dieser Belegungsart</source>
        <translation>Unterkünfte mit mindestens einer aktiven Wohneinheit dieser Belegungsart</translation>
    </message>
    <message>
        <source>Eine Unterkunft</source>
        <translation>Eine Unterkunft</translation>
    </message>
    <message>
        <source>Unterkunft: %1</source>
        <translation>Unterkunft: %1</translation>
    </message>
</context>
<context>
    <name>FacilityFormDialog</name>
    <message>
        <source>Neue Unterkunft</source>
        <translation>Neue Unterkunft</translation>
    </message>
    <message>
        <source>Unterkunft bearbeiten</source>
        <translation>Unterkunft bearbeiten</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>z. B. Haus am Park</source>
        <translation>z. B. Haus am Park</translation>
    </message>
    <message>
        <source>z. B. 850,5</source>
        <translation>z. B. 850,5</translation>
    </message>
    <message>
        <source>Wohnfläche (m²)</source>
        <translation>Wohnfläche (m²)</translation>
    </message>
    <message>
        <source>barrierefrei</source>
        <translation>barrierefrei</translation>
    </message>
    <message>
        <source>Haustiere erlaubt</source>
        <translation>Haustiere erlaubt</translation>
    </message>
    <message>
        <source>Rauchen erlaubt</source>
        <translation>Rauchen erlaubt</translation>
    </message>
    <message>
        <source>Ausstattung</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <source>Bemerkungen</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <source>Unterkunft bearbeiten – %1</source>
        <translation>Unterkunft bearbeiten – %1</translation>
    </message>
</context>
<context>
    <name>FacilityPicker</name>
    <message>
        <source>&amp;Alle Unterkünfte</source>
        <translation>&amp;Alle Unterkünfte</translation>
    </message>
    <message>
        <source>Aus&amp;wahl:</source>
        <translation>Aus&amp;wahl:</translation>
    </message>
    <message>
        <source>Filtern …</source>
        <translation>Filtern …</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Keine</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>&amp;Alle Unterkünfte (%1)</source>
        <translation>&amp;Alle Unterkünfte (%1)</translation>
    </message>
    <message>
        <source>Lädt …</source>
        <translation>Lädt …</translation>
    </message>
    <message>
        <source>%1 von %2 gewählt</source>
        <translation>%1 von %2 gewählt</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Am Zug: %1</source>
        <translation>Am Zug: %1</translation>
    </message>
    <message>
        <source>Nur Mängelmeldungen, bei denen diese Rolle am Zug ist (aus der Übersicht) – klicken, um den Filter aufzuheben</source>
        <translation>Nur Mängelmeldungen, bei denen diese Rolle am Zug ist (aus der Übersicht) – klicken, um den Filter aufzuheben</translation>
    </message>
    <message>
        <source>Alle Unterkünfte</source>
        <translation>Alle Unterkünfte</translation>
    </message>
    <message>
        <source>Alle Kategorien</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Alle Prioritäten</source>
        <translation>Alle Prioritäten</translation>
    </message>
    <message>
        <source>%1 (aufgelöst)</source>
        <translation>%1 (aufgelöst)</translation>
    </message>
</context>
<context>
    <name>FilterChip</name>
    <message>
        <source>Filter: %1 – aufheben</source>
        <translation>Filter: %1 – aufheben</translation>
    </message>
</context>
<context>
    <name>FlatSearchDialog</name>
    <message>
        <source>Wohnungssuche</source>
        <translation>Wohnungssuche</translation>
    </message>
    <message>
        <source>z. B. Mitte, Süd – leer: alle Stadtteile</source>
        <translation>z. B. Mitte, Süd – leer: alle Stadtteile</translation>
    </message>
    <message>
        <source>&amp;Suchen</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Einzug ab:</source>
        <translation>&amp;Einzug ab:</translation>
    </message>
    <message>
        <source>S&amp;tadtteile:</source>
        <translation>S&amp;tadtteile:</translation>
    </message>
    <message>
        <source>Angebot</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Stadtteil</source>
        <translation>Stadtteil</translation>
    </message>
    <message>
        <source>Plätze</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>m² je Person</source>
        <translation>m² je Person</translation>
    </message>
    <message>
        <source>barrierefrei</source>
        <translation>barrierefrei</translation>
    </message>
    <message>
        <source>Haustiere</source>
        <translation>Haustiere</translation>
    </message>
    <message>
        <source>frei ab</source>
        <translation>frei ab</translation>
    </message>
    <message>
        <source>Vermieter*in</source>
        <translation>Vermieter*in</translation>
    </message>
    <message>
        <source>Warum nicht</source>
        <translation>Warum nicht</translation>
    </message>
    <message>
        <source>Passende Angebote</source>
        <translation>Passende Angebote</translation>
    </message>
    <message>
        <source>Passt nicht</source>
        <translation>Passt nicht</translation>
    </message>
    <message>
        <source>&amp;Reservieren</source>
        <translation>&amp;Reservieren</translation>
    </message>
    <message>
        <source>Reservierung &amp;aufheben</source>
        <translation>Reservierung &amp;aufheben</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Sucht …</source>
        <translation>Sucht …</translation>
    </message>
    <message>
        <source>Passende Angebote ab %1 (%2)</source>
        <translation>Passende Angebote ab %1 (%2)</translation>
    </message>
    <message>
        <source>Passt nicht (%1)</source>
        <translation>Passt nicht (%1)</translation>
    </message>
    <message>
        <source>Zurzeit gibt es kein freies Wohnraumangebot.</source>
        <translation>Zurzeit gibt es kein freies Wohnraumangebot.</translation>
    </message>
    <message>
        <source>Kein passendes Angebot ab %1 – die Gründe stehen unter „Passt nicht“.</source>
        <translation>Kein passendes Angebot ab %1 – die Gründe stehen unter „Passt nicht“.</translation>
    </message>
    <message>
        <source>1 Person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <source>%1 Personen</source>
        <translation>%1 Personen</translation>
    </message>
    <message>
        <source>Haushalt %1 – %2</source>
        <translation>Haushalt %1 – %2</translation>
    </message>
    <message>
        <source>Mietvertragsfähig – bereit seit %1.</source>
        <translation>Mietvertragsfähig – bereit seit %1.</translation>
    </message>
    <message>
        <source>Mietvertragsfähig.</source>
        <translation>Mietvertragsfähig.</translation>
    </message>
    <message>
        <source>Noch nicht mietvertragsfähig: %1 von %2 Punkten erfüllt. Suchen geht schon, reservieren erst, wenn alle Punkte der Checkliste erfüllt sind.</source>
        <translation>Noch nicht mietvertragsfähig: %1 von %2 Punkten erfüllt. Suchen geht schon, reservieren erst, wenn alle Punkte der Checkliste erfüllt sind.</translation>
    </message>
    <message>
        <source>reserviert für diesen Haushalt</source>
        <translation>reserviert für diesen Haushalt</translation>
    </message>
    <message>
        <source>passt bei dieser Suche nicht: %1</source>
        <translation>passt bei dieser Suche nicht: %1</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>sofort</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>bis %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Reserviert …</source>
        <translation>Reserviert …</translation>
    </message>
    <message>
        <source>Hebt auf …</source>
        <translation>Hebt auf …</translation>
    </message>
    <message>
        <source>„%1“ ist jetzt für diesen Haushalt reserviert. Als Nächstes: Kontakt mit der Vermieter*in aufnehmen.</source>
        <translation>„%1“ ist jetzt für diesen Haushalt reserviert. Als Nächstes: Kontakt mit der Vermieter*in aufnehmen.</translation>
    </message>
    <message>
        <source>Die Reservierung ist aufgehoben; „%1“ ist wieder frei.</source>
        <translation>Die Reservierung ist aufgehoben; „%1“ ist wieder frei.</translation>
    </message>
    <message>
        <source>Erst möglich, wenn der Haushalt mietvertragsfähig ist.</source>
        <translation>Erst möglich, wenn der Haushalt mietvertragsfähig ist.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Neue Wiedervorlage</source>
        <translation>Neue Wiedervorlage</translation>
    </message>
    <message>
        <source>Fällig am</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>z. B. WBS-Antrag nachhalten</source>
        <translation>z. B. WBS-Antrag nachhalten</translation>
    </message>
    <message>
        <source>Betreff</source>
        <translation>Betreff</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Beenden …</source>
        <translation>Beenden …</translation>
    </message>
    <message>
        <source>Als beendet markieren; es wird nichts gelöscht.</source>
        <translation>Als beendet markieren; es wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Neu laden</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Dieser Eintrag ist beendet und kann nicht mehr geändert werden.</source>
        <translation>Dieser Eintrag ist beendet und kann nicht mehr geändert werden.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Straße und Hausnummer</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>z. B. 59494</source>
        <translation>z. B. 59494</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Straße</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>PLZ, Ort</source>
        <translation>PLZ, Ort</translation>
    </message>
    <message>
        <source>Stadtteil</source>
        <translation>Stadtteil</translation>
    </message>
    <message>
        <source>weiblich</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>männlich</source>
        <translation>männlich</translation>
    </message>
    <message>
        <source>divers</source>
        <translation>divers</translation>
    </message>
    <message>
        <source>unbekannt</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Reisepass</source>
        <translation>Reisepass</translation>
    </message>
    <message>
        <source>Personalausweis</source>
        <translation>Personalausweis</translation>
    </message>
    <message>
        <source>Aufenthaltstitel</source>
        <translation>Aufenthaltstitel</translation>
    </message>
    <message>
        <source>Ankunftsnachweis</source>
        <translation>Ankunftsnachweis</translation>
    </message>
    <message>
        <source>Duldung</source>
        <translation>Duldung</translation>
    </message>
    <message>
        <source>Sonstiges Dokument</source>
        <translation>Sonstiges Dokument</translation>
    </message>
    <message>
        <source>Haushaltsvorstand</source>
        <translation>Haushaltsvorstand</translation>
    </message>
    <message>
        <source>Partner*in</source>
        <translation>Partner*in</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Angehörige*r</source>
        <translation>Angehörige*r</translation>
    </message>
    <message>
        <source>Sonstige*r</source>
        <translation>Sonstige*r</translation>
    </message>
    <message>
        <source>Angeboten</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>Reserviert</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Angenommen</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Zurückgezogen</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Land oder Code, z. B. Ukraine oder UKR</source>
        <translation>Land oder Code, z. B. Ukraine oder UKR</translation>
    </message>
    <message>
        <source>Bewohner*in beenden</source>
        <translation>Bewohner*in beenden</translation>
    </message>
    <message>
        <source>%1wird als beendet markiert: nicht mehr in unserer Betreuung. Die Daten bleiben erhalten, es wird nichts gelöscht. Wer noch in einer Unterkunft wohnt oder eingeplant ist, muss zuerst ausziehen.</source>
        <translation>%1wird als beendet markiert: nicht mehr in unserer Betreuung. Die Daten bleiben erhalten, es wird nichts gelöscht. Wer noch in einer Unterkunft wohnt oder eingeplant ist, muss zuerst ausziehen.</translation>
    </message>
    <message>
        <source>Haushalt beenden</source>
        <translation>Haushalt beenden</translation>
    </message>
    <message>
        <source>Der Haushalt %1wird als beendet markiert. Seine Mitglieder bleiben als Nachweis verbunden; es wird nichts gelöscht.</source>
        <translation>Der Haushalt %1wird als beendet markiert. Seine Mitglieder bleiben als Nachweis verbunden; es wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Unterkunft beenden</source>
        <translation>Unterkunft beenden</translation>
    </message>
    <message>
        <source>Die Unterkunft %1wird mit allen Wohneinheiten außer Betrieb genommen. Es wird nichts gelöscht.</source>
        <translation>Die Unterkunft %1wird mit allen Wohneinheiten außer Betrieb genommen. Es wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Wohneinheit beenden</source>
        <translation>Wohneinheit beenden</translation>
    </message>
    <message>
        <source>Die Wohneinheit %1wird außer Betrieb genommen. Es wird nichts gelöscht.</source>
        <translation>Die Wohneinheit %1wird außer Betrieb genommen. Es wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Wohnraumangebot beenden</source>
        <translation>Wohnraumangebot beenden</translation>
    </message>
    <message>
        <source>Das Wohnraumangebot %1wird beendet. Es wird nichts gelöscht.</source>
        <translation>Das Wohnraumangebot %1wird beendet. Es wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Wirklich beenden?</source>
        <translation>Wirklich beenden?</translation>
    </message>
    <message>
        <source>Beenden</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Pilotprojekt</source>
        <translation>Pilotprojekt</translation>
    </message>
    <message>
        <source>Für die Pilotauswertung; leer lassen, wenn die Unterkunft nicht teilnimmt.</source>
        <translation>Für die Pilotauswertung; leer lassen, wenn die Unterkunft nicht teilnimmt.</translation>
    </message>
    <message>
        <source>Die Pilotauswertung vergleicht die Unterkünfte einer Pilotgruppe vor und nach dem Pilotstart mit den übrigen Unterkünften.</source>
        <translation>Die Pilotauswertung vergleicht die Unterkünfte einer Pilotgruppe vor und nach dem Pilotstart mit den übrigen Unterkünften.</translation>
    </message>
    <message>
        <source>keine – nicht im Pilotprojekt</source>
        <translation>keine – nicht im Pilotprojekt</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Pilotunterkünfte legt die Leitung fest.</source>
        <translation>Pilotunterkünfte legt die Leitung fest.</translation>
    </message>
    <message>
        <source>Pilotgruppe</source>
        <translation>Pilotgruppe</translation>
    </message>
    <message>
        <source>Pilotstart</source>
        <translation>Pilotstart</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <source>Ziele</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Was der Haushalt mit der Begleitung erreichen will.</source>
        <translation>Was der Haushalt mit der Begleitung erreichen will.</translation>
    </message>
</context>
<context>
    <name>HouseholdFormDialog</name>
    <message>
        <source>Neuer Haushalt</source>
        <translation>Neuer Haushalt</translation>
    </message>
    <message>
        <source>Haushalt bearbeiten</source>
        <translation>Haushalt bearbeiten</translation>
    </message>
    <message>
        <source>z. B. Familie Kovalenko</source>
        <translation>z. B. Familie Kovalenko</translation>
    </message>
    <message>
        <source>Bezeichnung</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Mitglieder</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Person hinzufügen</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Mitglieder: %1 ist schon aufgeführt.</source>
        <translation>Mitglieder: %1 ist schon aufgeführt.</translation>
    </message>
    <message>
        <source>Nr. %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>Haushalt bearbeiten – %1</source>
        <translation>Haushalt bearbeiten – %1</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Zeilen werden geprüft</source>
        <translation>Zeilen werden geprüft</translation>
    </message>
    <message>
        <source>Zeilen werden gespeichert</source>
        <translation>Zeilen werden gespeichert</translation>
    </message>
    <message>
        <source>Es ist ein unerwarteter Fehler aufgetreten; es wurde nichts gespeichert. Einzelheiten stehen in der Protokolldatei von Soest Desk.</source>
        <translation>Es ist ein unerwarteter Fehler aufgetreten; es wurde nichts gespeichert. Einzelheiten stehen in der Protokolldatei von Soest Desk.</translation>
    </message>
    <message>
        <source>– nicht importieren –</source>
        <translation>– nicht importieren –</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Spalte %1 der Datei</source>
        <translation>Spalte %1 der Datei</translation>
    </message>
    <message>
        <source>Zeile %1 der Datei</source>
        <translation>Zeile %1 der Datei</translation>
    </message>
    <message>
        <source>Pflichtfeld. </source>
        <translation>Pflichtfeld. </translation>
    </message>
    <message>
        <source>Feld für Spalte %1</source>
        <translation>Feld für Spalte %1</translation>
    </message>
    <message>
        <source>Unterkünfte</source>
        <translation>Unterkünfte</translation>
    </message>
    <message>
        <source>Wohneinheiten</source>
        <translation>Wohneinheiten</translation>
    </message>
    <message>
        <source>Bewohner*innen</source>
        <translation>Bewohner*innen</translation>
    </message>
    <message>
        <source>Unterkunft</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <source>Wohneinheit</source>
        <translation>Wohneinheit</translation>
    </message>
    <message>
        <source>Bewohner*in</source>
        <translation>Bewohner*in</translation>
    </message>
    <message>
        <source>Zeile</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Spalte</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Was nicht stimmt</source>
        <translation>Was nicht stimmt</translation>
    </message>
    <message>
        <source>Haushalt</source>
        <translation>Haushalt</translation>
    </message>
    <message>
        <source>Haushalten</source>
        <translation>Haushalten</translation>
    </message>
    <message>
        <source>Zeilen</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>mögliche Dublette</source>
        <translation>mögliche Dublette</translation>
    </message>
    <message>
        <source>mögliche Dubletten</source>
        <translation>mögliche Dubletten</translation>
    </message>
    <message>
        <source>Zeile ist fehlerhaft</source>
        <translation>Zeile ist fehlerhaft</translation>
    </message>
    <message>
        <source>Zeilen sind fehlerhaft</source>
        <translation>Zeilen sind fehlerhaft</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 geprüft</source>
        <translation>%1 geprüft</translation>
    </message>
    <message>
        <source>%1 fehlerhaft</source>
        <translation>%1 fehlerhaft</translation>
    </message>
    <message>
        <source>Solange eine Zeile fehlerhaft ist, wird nichts importiert. Bitte korrigieren Sie die Liste (oder die Zuordnung der Spalten) und prüfen Sie erneut.</source>
        <translation>Solange eine Zeile fehlerhaft ist, wird nichts importiert. Bitte korrigieren Sie die Liste (oder die Zuordnung der Spalten) und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Bitte prüfen Sie die Dubletten. Mit „Dubletten überspringen“ werden nur die übrigen Zeilen importiert.</source>
        <translation>Bitte prüfen Sie die Dubletten. Mit „Dubletten überspringen“ werden nur die übrigen Zeilen importiert.</translation>
    </message>
    <message>
        <source>Es gibt nichts zu importieren: alle Zeilen sind schon erfasst.</source>
        <translation>Es gibt nichts zu importieren: alle Zeilen sind schon erfasst.</translation>
    </message>
    <message>
        <source>Die Dubletten werden übersprungen.</source>
        <translation>Die Dubletten werden übersprungen.</translation>
    </message>
    <message>
        <source>Importiert werden können: %1.</source>
        <translation>Importiert werden können: %1.</translation>
    </message>
    <message>
        <source>Es wurde nichts importiert: %1. Die Liste unten nennt die Gründe.</source>
        <translation>Es wurde nichts importiert: %1. Die Liste unten nennt die Gründe.</translation>
    </message>
    <message>
        <source>Importiert: %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message>
        <source>Übersprungen: %1.</source>
        <translation>Übersprungen: %1.</translation>
    </message>
    <message>
        <source>Mögliche Dublette: </source>
        <translation>Mögliche Dublette: </translation>
    </message>
    <message>
        <source>Wird übersprungen, mögliche Dublette: </source>
        <translation>Wird übersprungen, mögliche Dublette: </translation>
    </message>
    <message>
        <source>Excel-Datei, Blatt „%1“</source>
        <translation>Excel-Datei, Blatt „%1“</translation>
    </message>
    <message>
        <source>CSV-Datei, Zeichensatz %1, Trennzeichen %2</source>
        <translation>CSV-Datei, Zeichensatz %1, Trennzeichen %2</translation>
    </message>
    <message>
        <source>Spaltenüberschriften in Zeile %1</source>
        <translation>Spaltenüberschriften in Zeile %1</translation>
    </message>
    <message>
        <source>1 Datenzeile</source>
        <translation>1 Datenzeile</translation>
    </message>
    <message>
        <source>%1 Datenzeilen</source>
        <translation>%1 Datenzeilen</translation>
    </message>
    <message>
        <source>(Vorschau: die ersten %1)</source>
        <translation>(Vorschau: die ersten %1)</translation>
    </message>
    <message>
        <source>1. Liste wählen</source>
        <translation>1. Liste wählen</translation>
    </message>
    <message>
        <source>Was importieren:</source>
        <translation>Was importieren:</translation>
    </message>
    <message>
        <source>&amp;Vorlage speichern …</source>
        <translation>&amp;Vorlage speichern …</translation>
    </message>
    <message>
        <source>Eine Excel-Vorlage mit den Spalten, die der Import erkennt, für die gewählte Art speichern.</source>
        <translation>Eine Excel-Vorlage mit den Spalten, die der Import erkennt, für die gewählte Art speichern.</translation>
    </message>
    <message>
        <source>Excel-Datei (.xlsx) oder CSV-Datei (.csv)</source>
        <translation>Excel-Datei (.xlsx) oder CSV-Datei (.csv)</translation>
    </message>
    <message>
        <source>Datei &amp;wählen …</source>
        <translation>Datei &amp;wählen …</translation>
    </message>
    <message>
        <source>&amp;Neu laden</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Die Datei noch einmal lesen, z. B. nachdem Sie sie in Excel korrigiert haben.</source>
        <translation>Die Datei noch einmal lesen, z. B. nachdem Sie sie in Excel korrigiert haben.</translation>
    </message>
    <message>
        <source>Datei:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>2. Vorschau und Spalten zuordnen</source>
        <translation>2. Vorschau und Spalten zuordnen</translation>
    </message>
    <message>
        <source>Wählen Sie über jeder Spalte, was sie enthält. Mit * markierte Felder sind Pflicht; grau dargestellte Spalten werden nicht importiert.</source>
        <translation>Wählen Sie über jeder Spalte, was sie enthält. Mit * markierte Felder sind Pflicht; grau dargestellte Spalten werden nicht importiert.</translation>
    </message>
    <message>
        <source>Übernommen werden %1 von %2 Spalten.</source>
        <translation>Übernommen werden %1 von %2 Spalten.</translation>
    </message>
    <message>
        <source>Nicht importiert: %1.</source>
        <translation>Nicht importiert: %1.</translation>
    </message>
    <message>
        <source>3. Prüfen und importieren</source>
        <translation>3. Prüfen und importieren</translation>
    </message>
    <message>
        <source>Seit der Prüfung wurde etwas geändert; bitte erneut prüfen.</source>
        <translation>Seit der Prüfung wurde etwas geändert; bitte erneut prüfen.</translation>
    </message>
    <message>
        <source>Noch nicht geprüft. „Prüfen“ liest alle Zeilen und zeigt hier jede fehlerhafte Zeile; gespeichert wird dabei nichts.</source>
        <translation>Noch nicht geprüft. „Prüfen“ liest alle Zeilen und zeigt hier jede fehlerhafte Zeile; gespeichert wird dabei nichts.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Liste importieren</source>
        <translation>Liste importieren</translation>
    </message>
    <message>
        <source>Ihre Rolle erlaubt keinen Import von Listen.</source>
        <translation>Ihre Rolle erlaubt keinen Import von Listen.</translation>
    </message>
    <message>
        <source>&amp;Dubletten überspringen</source>
        <translation>&amp;Dubletten überspringen</translation>
    </message>
    <message>
        <source>Mögliche Dubletten werden nicht importiert, die übrigen Zeilen schon.</source>
        <translation>Mögliche Dubletten werden nicht importiert, die übrigen Zeilen schon.</translation>
    </message>
    <message>
        <source>&amp;Prüfen</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Importieren</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Liste zum Import wählen</source>
        <translation>Liste zum Import wählen</translation>
    </message>
    <message>
        <source>Excel- und CSV-Dateien (%1);;Alle Dateien (*)</source>
        <translation>Excel- und CSV-Dateien (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>„%1“ wird gelesen …</source>
        <translation>„%1“ wird gelesen …</translation>
    </message>
    <message>
        <source>Die Datei enthält nur Spaltenüberschriften, keine Datenzeilen.</source>
        <translation>Die Datei enthält nur Spaltenüberschriften, keine Datenzeilen.</translation>
    </message>
    <message>
        <source>Vorlage speichern</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Vorlage wird gespeichert …</source>
        <translation>Vorlage wird gespeichert …</translation>
    </message>
    <message>
        <source>Vorlage für %1 gespeichert: %2</source>
        <translation>Vorlage für %1 gespeichert: %2</translation>
    </message>
    <message>
        <source>Die Liste wird geprüft …</source>
        <translation>Die Liste wird geprüft …</translation>
    </message>
    <message>
        <source>Die Liste wird importiert …</source>
        <translation>Die Liste wird importiert …</translation>
    </message>
    <message>
        <source>Es wurde nichts gespeichert.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Die Prüfung wurde abgebrochen.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>Begehung erfassen</source>
        <translation>Begehung erfassen</translation>
    </message>
    <message>
        <source>Unterkunft:</source>
        <translation>Unterkunft:</translation>
    </message>
    <message>
        <source>Datum der Begehung:</source>
        <translation>Datum der Begehung:</translation>
    </message>
    <message>
        <source>Alle übrigen in Ordnung</source>
        <translation>Alle übrigen in Ordnung</translation>
    </message>
    <message>
        <source>Setzt jeden Punkt ohne Ergebnis auf „in Ordnung“.</source>
        <translation>Setzt jeden Punkt ohne Ergebnis auf „in Ordnung“.</translation>
    </message>
    <message>
        <source>Allgemeine Bemerkung zur Begehung (optional)</source>
        <translation>Allgemeine Bemerkung zur Begehung (optional)</translation>
    </message>
    <message>
        <source>Begehung speichern</source>
        <translation>Begehung speichern</translation>
    </message>
    <message>
        <source>Checkliste – jeder Punkt braucht ein Ergebnis. Jeder Mangel wird als Mängelmeldung an den Objektservice gegeben.</source>
        <translation>Checkliste – jeder Punkt braucht ein Ergebnis. Jeder Mangel wird als Mängelmeldung an den Objektservice gegeben.</translation>
    </message>
    <message>
        <source>Bemerkung:</source>
        <translation>Bemerkung:</translation>
    </message>
    <message>
        <source>Unterkunft: Sie sind für keine Unterkunft als Heimleitung eingetragen.</source>
        <translation>Unterkunft: Sie sind für keine Unterkunft als Heimleitung eingetragen.</translation>
    </message>
    <message>
        <source>Speichert …</source>
        <translation>Speichert …</translation>
    </message>
</context>
<context>
    <name>InspectionRecordDialog</name>
    <message>
        <source>Begehung vom %1 – %2</source>
        <translation>Begehung vom %1 – %2</translation>
    </message>
    <message>
        <source>Unterkunft: %1</source>
        <translation>Unterkunft: %1</translation>
    </message>
    <message>
        <source>Begehung am %1 durch %2</source>
        <translation>Begehung am %1 durch %2</translation>
    </message>
    <message>
        <source>Erfasst am %1 · %2 Mängel</source>
        <translation>Erfasst am %1 · %2 Mängel</translation>
    </message>
    <message>
        <source>Bemerkung: %1</source>
        <translation>Bemerkung: %1</translation>
    </message>
    <message>
        <source> (Sicherheit)</source>
        <translation> (Sicherheit)</translation>
    </message>
</context>
<context>
    <name>Inspections</name>
    <message>
        <source>in Ordnung</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>Mangel</source>
        <translation>Mangel</translation>
    </message>
    <message>
        <source>entfällt</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>Es ist ein unerwarteter Fehler aufgetreten. Einzelheiten stehen in der Protokolldatei von Soest Desk.</source>
        <translation>Es ist ein unerwarteter Fehler aufgetreten. Einzelheiten stehen in der Protokolldatei von Soest Desk.</translation>
    </message>
    <message>
        <source>Sicherheit</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Ein Mangel hier wird als Gefahrenstelle gemeldet (Sofort, Verkehrssicherheit).</source>
        <translation>Ein Mangel hier wird als Gefahrenstelle gemeldet (Sofort, Verkehrssicherheit).</translation>
    </message>
    <message>
        <source>Bemerkung (bei Mangel Pflicht)</source>
        <translation>Bemerkung (bei Mangel Pflicht)</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Prüfpunkt</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Bemerkung</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <source>Mängelmeldung</source>
        <translation>Mängelmeldung</translation>
    </message>
    <message>
        <source>Unterkunft</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <source>Rhythmus</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Letzte Begehung</source>
        <translation>Letzte Begehung</translation>
    </message>
    <message>
        <source>Nächste fällig</source>
        <translation>Nächste fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Offene Mängel</source>
        <translation>Offene Mängel</translation>
    </message>
    <message>
        <source>ausgesetzt</source>
        <translation>ausgesetzt</translation>
    </message>
    <message>
        <source>Überfällig – noch nie begangen</source>
        <translation>Überfällig – noch nie begangen</translation>
    </message>
    <message>
        <source>Überfällig – seit 1 Tag</source>
        <translation>Überfällig – seit 1 Tag</translation>
    </message>
    <message>
        <source>Überfällig – seit %1 Tagen</source>
        <translation>Überfällig – seit %1 Tagen</translation>
    </message>
    <message>
        <source>fällig heute</source>
        <translation>fällig heute</translation>
    </message>
    <message>
        <source>im Plan</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <source>Offene Mängelmeldungen aus Begehungen dieser Unterkunft</source>
        <translation>Offene Mängelmeldungen aus Begehungen dieser Unterkunft</translation>
    </message>
    <message>
        <source>wöchentlich</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>alle %1 Tage</source>
        <translation>alle %1 Tage</translation>
    </message>
</context>
<context>
    <name>InspectionsTab</name>
    <message>
        <source>Begehung erfassen</source>
        <translation>Begehung erfassen</translation>
    </message>
    <message>
        <source>Rhythmus ändern …</source>
        <translation>Rhythmus ändern …</translation>
    </message>
    <message>
        <source>Begehungen</source>
        <translation>Begehungen</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Durchgeführt von</source>
        <translation>Durchgeführt von</translation>
    </message>
    <message>
        <source>Mängel</source>
        <translation>Mängel</translation>
    </message>
    <message>
        <source>Protokoll ansehen</source>
        <translation>Protokoll ansehen</translation>
    </message>
    <message>
        <source>Lädt …</source>
        <translation>Lädt …</translation>
    </message>
    <message>
        <source>Keine Unterkünfte für Begehungen.</source>
        <translation>Keine Unterkünfte für Begehungen.</translation>
    </message>
    <message>
        <source>Begangen werden die Unterkünfte, für die Sie zuständig sind; private Wohnraumangebote gehören nicht dazu.</source>
        <translation>Begangen werden die Unterkünfte, für die Sie zuständig sind; private Wohnraumangebote gehören nicht dazu.</translation>
    </message>
    <message>
        <source>%1 von %2 Unterkünften überfällig · %3 offene Mängel aus Begehungen</source>
        <translation>%1 von %2 Unterkünften überfällig · %3 offene Mängel aus Begehungen</translation>
    </message>
    <message>
        <source>Die Begehungen konnten nicht geladen werden.</source>
        <translation>Die Begehungen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Begehungen: %1</source>
        <translation>Begehungen: %1</translation>
    </message>
    <message>
        <source>Rhythmus der Begehung</source>
        <translation>Rhythmus der Begehung</translation>
    </message>
    <message>
        <source>%1: Begehung alle … Tage</source>
        <translation>%1: Begehung alle … Tage</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Wird abgebrochen …</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>%1: %2 von %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
</context>
<context>
    <name>LazyTableModel</name>
    <message>
        <source>Beim Laden ist ein unerwarteter Fehler aufgetreten. Einzelheiten stehen in der Protokolldatei von Soest Desk.</source>
        <translation>Beim Laden ist ein unerwarteter Fehler aufgetreten. Einzelheiten stehen in der Protokolldatei von Soest Desk.</translation>
    </message>
</context>
<context>
    <name>ListFilterBar</name>
    <message>
        <source>Filter zurücksetzen</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Alle Filter dieser Liste aufheben</source>
        <translation>Alle Filter dieser Liste aufheben</translation>
    </message>
    <message>
        <source>beliebig</source>
        <translation>beliebig</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>Lädt …</source>
        <translation>Lädt …</translation>
    </message>
    <message>
        <source>Dieser Bereich ist Ihrer Rolle nicht freigegeben.</source>
        <translation>Dieser Bereich ist Ihrer Rolle nicht freigegeben.</translation>
    </message>
    <message>
        <source>Die Liste konnte nicht geladen werden.</source>
        <translation>Die Liste konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Keine Treffer für „%1“ mit diesen Filtern.</source>
        <translation>Keine Treffer für „%1“ mit diesen Filtern.</translation>
    </message>
    <message>
        <source>Keine Treffer mit diesen Filtern.</source>
        <translation>Keine Treffer mit diesen Filtern.</translation>
    </message>
    <message>
        <source>Wählen Sie weniger Filter oder setzen Sie sie mit „Filter zurücksetzen“ zurück.</source>
        <translation>Wählen Sie weniger Filter oder setzen Sie sie mit „Filter zurücksetzen“ zurück.</translation>
    </message>
    <message>
        <source>Keine Treffer für „%1“.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message>
        <source>Prüfen Sie die Schreibweise oder suchen Sie nach einem Teil des Namens.</source>
        <translation>Prüfen Sie die Schreibweise oder suchen Sie nach einem Teil des Namens.</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Nur das Geburtsjahr ist bekannt.</source>
        <translation>Nur das Geburtsjahr ist bekannt.</translation>
    </message>
    <message>
        <source>Nur Monat und Jahr der Geburt sind bekannt.</source>
        <translation>Nur Monat und Jahr der Geburt sind bekannt.</translation>
    </message>
    <message>
        <source>Überbelegt um %1 Plätze</source>
        <translation>Überbelegt um %1 Plätze</translation>
    </message>
    <message>
        <source>Überfällig – fällig war %1</source>
        <translation>Überfällig – fällig war %1</translation>
    </message>
    <message>
        <source>Überfällig – die Sicherung der Gefahrenstelle ist nicht rechtzeitig gemeldet.</source>
        <translation>Überfällig – die Sicherung der Gefahrenstelle ist nicht rechtzeitig gemeldet.</translation>
    </message>
    <message>
        <source>Unterkünfte</source>
        <translation>Unterkünfte</translation>
    </message>
    <message>
        <source>Bewohner*innen</source>
        <translation>Bewohner*innen</translation>
    </message>
    <message>
        <source>Sozialarbeit</source>
        <translation>Sozialarbeit</translation>
    </message>
    <message>
        <source>Nachbarschaft</source>
        <translation>Nachbarschaft</translation>
    </message>
    <message>
        <source>Mängel</source>
        <translation>Mängel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Stadtteil</source>
        <translation>Stadtteil</translation>
    </message>
    <message>
        <source>Plätze</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Gesperrt</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Belegt</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Frei</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Belegung %</source>
        <translation>Belegung %</translation>
    </message>
    <message>
        <source>Barrierefrei</source>
        <translation>Barrierefrei</translation>
    </message>
    <message>
        <source>Pilotgruppe</source>
        <translation>Pilotgruppe</translation>
    </message>
    <message>
        <source>Familienname</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <source>Vornamen</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Haushalt</source>
        <translation>Haushalt</translation>
    </message>
    <message>
        <source>Unterkunft</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <source>Zimmer</source>
        <translation>Zimmer</translation>
    </message>
    <message>
        <source>Seit</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Zuständig</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bereitschaft</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Bereit seit</source>
        <translation>Bereit seit</translation>
    </message>
    <message>
        <source>Eröffnet</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Offene Wiedervorlagen</source>
        <translation>Offene Wiedervorlagen</translation>
    </message>
    <message>
        <source>Nächste Wiedervorlage</source>
        <translation>Nächste Wiedervorlage</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Kategorie</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Wiedervorlage</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Erledigt am</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Mangel</source>
        <translation>Mangel</translation>
    </message>
    <message>
        <source>Priorität</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Am Zug</source>
        <translation>Am Zug</translation>
    </message>
    <message>
        <source>Gemeldet am</source>
        <translation>Gemeldet am</translation>
    </message>
    <message>
        <source>Fällig am</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Überfällig</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Suchen nach Name, Stadtteil, Straße …</source>
        <translation>Suchen nach Name, Stadtteil, Straße …</translation>
    </message>
    <message>
        <source>Suchen nach Name, Haushalt, Unterkunft …</source>
        <translation>Suchen nach Name, Haushalt, Unterkunft …</translation>
    </message>
    <message>
        <source>Suchen nach Haushalt, Unterkunft, Zuständigkeit …</source>
        <translation>Suchen nach Haushalt, Unterkunft, Zuständigkeit …</translation>
    </message>
    <message>
        <source>Suchen nach Unterkunft, Meldung, Kontakt …</source>
        <translation>Suchen nach Unterkunft, Meldung, Kontakt …</translation>
    </message>
    <message>
        <source>Suchen nach Nr., Mangel, Unterkunft, Zimmer …</source>
        <translation>Suchen nach Nr., Mangel, Unterkunft, Zimmer …</translation>
    </message>
    <message>
        <source>Noch keine Unterkünfte erfasst.</source>
        <translation>Noch keine Unterkünfte erfasst.</translation>
    </message>
    <message>
        <source>Noch keine Bewohner*innen erfasst.</source>
        <translation>Noch keine Bewohner*innen erfasst.</translation>
    </message>
    <message>
        <source>Noch keine Fälle angelegt.</source>
        <translation>Noch keine Fälle angelegt.</translation>
    </message>
    <message>
        <source>Noch keine Nachbarschaftsmeldungen erfasst.</source>
        <translation>Noch keine Nachbarschaftsmeldungen erfasst.</translation>
    </message>
    <message>
        <source>Keine Mängelmeldungen vorhanden.</source>
        <translation>Keine Mängelmeldungen vorhanden.</translation>
    </message>
    <message>
        <source>Zum Ausprobieren startet „soest-desk demo --open“ die Anwendung mit Demodaten in einer eigenen Datei.</source>
        <translation>Zum Ausprobieren startet „soest-desk demo --open“ die Anwendung mit Demodaten in einer eigenen Datei.</translation>
    </message>
    <message>
        <source>Legen Sie Unterkünfte an oder importieren Sie eine vorhandene Liste.</source>
        <translation>Legen Sie Unterkünfte an oder importieren Sie eine vorhandene Liste.</translation>
    </message>
    <message>
        <source>Nehmen Sie Bewohner*innen auf oder importieren Sie eine vorhandene Liste.</source>
        <translation>Nehmen Sie Bewohner*innen auf oder importieren Sie eine vorhandene Liste.</translation>
    </message>
    <message>
        <source>Fälle legt die Sozialarbeit für einen Haushalt an.</source>
        <translation>Fälle legt die Sozialarbeit für einen Haushalt an.</translation>
    </message>
    <message>
        <source>Beschwerden und Kontakte aus der Nachbarschaft einer Unterkunft erfasst die Heimleitung über „Datei → Neue Nachbarschaftsmeldung …“.</source>
        <translation>Beschwerden und Kontakte aus der Nachbarschaft einer Unterkunft erfasst die Heimleitung über „Datei → Neue Nachbarschaftsmeldung …“.</translation>
    </message>
    <message>
        <source>Neue Mängel meldet die Heimleitung; hier erscheinen sie mit ihrem Stand.</source>
        <translation>Neue Mängel meldet die Heimleitung; hier erscheinen sie mit ihrem Stand.</translation>
    </message>
    <message>
        <source>Keine offenen Fälle.</source>
        <translation>Keine offenen Fälle.</translation>
    </message>
    <message>
        <source>Abgeschlossene Fälle zeigt der Status „Alle Fälle“. Neue Fälle legt die Sozialarbeit für einen Haushalt an.</source>
        <translation>Abgeschlossene Fälle zeigt der Status „Alle Fälle“. Neue Fälle legt die Sozialarbeit für einen Haushalt an.</translation>
    </message>
    <message>
        <source>Keine offenen Nachbarschaftsmeldungen.</source>
        <translation>Keine offenen Nachbarschaftsmeldungen.</translation>
    </message>
    <message>
        <source>Erledigte Meldungen zeigt der Stand „Alle Meldungen“ oder „Erledigt“.</source>
        <translation>Erledigte Meldungen zeigt der Stand „Alle Meldungen“ oder „Erledigt“.</translation>
    </message>
    <message>
        <source>%1 von %2 Punkten erfüllt</source>
        <translation>%1 von %2 Punkten erfüllt</translation>
    </message>
    <message>
        <source>Für diesen Haushalt gilt kein Punkt der Checkliste.</source>
        <translation>Für diesen Haushalt gilt kein Punkt der Checkliste.</translation>
    </message>
    <message>
        <source>Wiedervorlage überfällig – fällig war %1</source>
        <translation>Wiedervorlage überfällig – fällig war %1</translation>
    </message>
    <message>
        <source>Voll – kein Platz frei.</source>
        <translation>Voll – kein Platz frei.</translation>
    </message>
    <message>
        <source>Überbelegt – mehr Personen als verfügbare Plätze (in der Unterkunft oder in einer Wohneinheit) oder eine offene Entscheidung zur Überbelegung.</source>
        <translation>Überbelegt – mehr Personen als verfügbare Plätze (in der Unterkunft oder in einer Wohneinheit) oder eine offene Entscheidung zur Überbelegung.</translation>
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
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Begehungen</source>
        <translation>Begehungen</translation>
    </message>
    <message>
        <source>„%1“ gehört nicht zu Ihren Rollen (%2). Wenn Sie diesen Bereich für Ihre Arbeit brauchen, wenden Sie sich bitte an die Administration.</source>
        <translation>„%1“ gehört nicht zu Ihren Rollen (%2). Wenn Sie diesen Bereich für Ihre Arbeit brauchen, wenden Sie sich bitte an die Administration.</translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Bericht e&amp;xportieren …</source>
        <translation>Bericht e&amp;xportieren …</translation>
    </message>
    <message>
        <source>E&amp;instellungen …</source>
        <translation>E&amp;instellungen …</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Aktualisieren</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Suchen</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>In das Suchfeld der Liste springen</source>
        <translation>In das Suchfeld der Liste springen</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Tastenkürzel …</source>
        <translation>&amp;Tastenkürzel …</translation>
    </message>
    <message>
        <source>Ü&amp;ber Soest Desk</source>
        <translation>Ü&amp;ber Soest Desk</translation>
    </message>
    <message>
        <source>Neuer &amp;Fall …</source>
        <translation>Neuer &amp;Fall …</translation>
    </message>
    <message>
        <source>Neue &amp;Nachbarschaftsmeldung …</source>
        <translation>Neue &amp;Nachbarschaftsmeldung …</translation>
    </message>
    <message>
        <source>Neue &amp;Mängelmeldung …</source>
        <translation>Neue &amp;Mängelmeldung …</translation>
    </message>
    <message>
        <source>Datenbank: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>keine Rolle</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>Angemeldet: %1 (%2) – %3</source>
        <translation>Angemeldet: %1 (%2) – %3</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Soest Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Unterkünfte, Belegung, Sozialarbeit und Mängelmeldungen für das Amt für Wohnungswesen.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Soest Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Unterkünfte, Belegung, Sozialarbeit und Mängelmeldungen für das Amt für Wohnungswesen.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 Mängelmeldungen warten auf Ihren nächsten Schritt.</source>
        <translation>%1 Mängelmeldungen warten auf Ihren nächsten Schritt.</translation>
    </message>
</context>
<context>
    <name>MembersEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <source>Erneut versuchen</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <source>Januar</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>Februar</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>März</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mai</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Dezember</source>
        <translation>Dezember</translation>
    </message>
</context>
<context>
    <name>MoveOutDialog</name>
    <message>
        <source>Ausziehen</source>
        <translation>Ausziehen</translation>
    </message>
    <message>
        <source>Ab dem Auszugstag wohnen die Personen nicht mehr hier; der Platz ist ab dann frei.</source>
        <translation>Ab dem Auszugstag wohnen die Personen nicht mehr hier; der Platz ist ab dann frei.</translation>
    </message>
    <message>
        <source>Auszug am</source>
        <translation>Auszug am</translation>
    </message>
    <message>
        <source>Auszugsgrund</source>
        <translation>Auszugsgrund</translation>
    </message>
    <message>
        <source>z. B. neue Anschrift</source>
        <translation>z. B. neue Anschrift</translation>
    </message>
    <message>
        <source>Bemerkung</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <source>Bitte mindestens eine Person auswählen.</source>
        <translation>Bitte mindestens eine Person auswählen.</translation>
    </message>
</context>
<context>
    <name>NeighbourhoodFilterBar</name>
    <message>
        <source>Offene</source>
        <translation>Offene</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Alle Meldungen</source>
        <translation>Alle Meldungen</translation>
    </message>
    <message>
        <source>Stand der Meldung; „Offene“ lässt die erledigten weg</source>
        <translation>Stand der Meldung; „Offene“ lässt die erledigten weg</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>&amp;Stand:</source>
        <translation>&amp;Stand:</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Die Unterkunft, deren Nachbarschaft sich gemeldet hat (Zahl: offene Meldungen)</source>
        <translation>Die Unterkunft, deren Nachbarschaft sich gemeldet hat (Zahl: offene Meldungen)</translation>
    </message>
    <message>
        <source>Unterkunft</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <source>&amp;Unterkunft:</source>
        <translation>&amp;Unterkunft:</translation>
    </message>
    <message>
        <source>Beschwerde oder Kontakt (Zahl: offene Meldungen)</source>
        <translation>Beschwerde oder Kontakt (Zahl: offene Meldungen)</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Wie die Meldung kam (Zahl: offene Meldungen)</source>
        <translation>Wie die Meldung kam (Zahl: offene Meldungen)</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>&amp;Kanal:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Worum es geht (Zahl: offene Meldungen)</source>
        <translation>Worum es geht (Zahl: offene Meldungen)</translation>
    </message>
    <message>
        <source>Kategorie</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Kate&amp;gorie:</source>
        <translation>Kate&amp;gorie:</translation>
    </message>
    <message>
        <source>Wiedervorlage über&amp;fällig</source>
        <translation>Wiedervorlage über&amp;fällig</translation>
    </message>
    <message>
        <source>Offene Meldungen, deren Wiedervorlage vor heute lag</source>
        <translation>Offene Meldungen, deren Wiedervorlage vor heute lag</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <source>Neue Mängelmeldung</source>
        <translation>Neue Mängelmeldung</translation>
    </message>
    <message>
        <source>Lädt …</source>
        <translation>Lädt …</translation>
    </message>
    <message>
        <source>Unterkunft</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <source>Zimmer / Wohneinheit</source>
        <translation>Zimmer / Wohneinheit</translation>
    </message>
    <message>
        <source>Kategorie</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Priorität</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>z. B. Heizung in Zimmer A1 bleibt kalt</source>
        <translation>z. B. Heizung in Zimmer A1 bleibt kalt</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Was ist wo kaputt? Seit wann?</source>
        <translation>Was ist wo kaputt? Seit wann?</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>z. B. Anruf Nachbar, Bewohner*in Zimmer A1</source>
        <translation>z. B. Anruf Nachbar, Bewohner*in Zimmer A1</translation>
    </message>
    <message>
        <source>Gemeldet von</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Fotos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Fotos hinzufügen …</source>
        <translation>Fotos hinzufügen …</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Bitte wählen …</source>
        <translation>Bitte wählen …</translation>
    </message>
    <message>
        <source>Sie können für keine Unterkunft Mängel melden.</source>
        <translation>Sie können für keine Unterkunft Mängel melden.</translation>
    </message>
    <message>
        <source>– ganze Unterkunft / kein Zimmer –</source>
        <translation>– ganze Unterkunft / kein Zimmer –</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Vermerk schreiben</source>
        <translation>Vermerk schreiben</translation>
    </message>
    <message>
        <source>Vermerke sind Sozialdaten. Sie werden nicht nachträglich geändert; eine Korrektur ist ein neuer Vermerk.</source>
        <translation>Vermerke sind Sozialdaten. Sie werden nicht nachträglich geändert; eine Korrektur ist ein neuer Vermerk.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <source> Min.</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>keine Angabe</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>Dauer</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>OccupancyPane</name>
    <message>
        <source>Bitte links eine Unterkunft wählen.</source>
        <translation>Bitte links eine Unterkunft wählen.</translation>
    </message>
    <message>
        <source>Wohneinheit</source>
        <translation>Wohneinheit</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Plätze</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Gesperrt</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Belegt</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Frei</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Belegung</source>
        <translation>Belegung</translation>
    </message>
    <message>
        <source>Zustand</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Plätze sperren …</source>
        <translation>Plätze sperren …</translation>
    </message>
    <message>
        <source>Sperrung aufheben …</source>
        <translation>Sperrung aufheben …</translation>
    </message>
    <message>
        <source>Unterkunft bearbeiten …</source>
        <translation>Unterkunft bearbeiten …</translation>
    </message>
    <message>
        <source>Neue Wohneinheit …</source>
        <translation>Neue Wohneinheit …</translation>
    </message>
    <message>
        <source>Wohneinheit bearbeiten …</source>
        <translation>Wohneinheit bearbeiten …</translation>
    </message>
    <message>
        <source>Stand am:</source>
        <translation>Stand am:</translation>
    </message>
    <message>
        <source>%1 Plätze, davon %2 gesperrt · %3 belegt · %4 frei · Belegung %5</source>
        <translation>%1 Plätze, davon %2 gesperrt · %3 belegt · %4 frei · Belegung %5</translation>
    </message>
</context>
<context>
    <name>OfferFormDialog</name>
    <message>
        <source>Neues Wohnraumangebot</source>
        <translation>Neues Wohnraumangebot</translation>
    </message>
    <message>
        <source>Wohnraumangebot bearbeiten</source>
        <translation>Wohnraumangebot bearbeiten</translation>
    </message>
    <message>
        <source>z. B. Wohnung Brüderstraße 3</source>
        <translation>z. B. Wohnung Brüderstraße 3</translation>
    </message>
    <message>
        <source>Bemerkungen</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <source>Name der Vermieter*in</source>
        <translation>Name der Vermieter*in</translation>
    </message>
    <message>
        <source>Vermieter*in</source>
        <translation>Vermieter*in</translation>
    </message>
    <message>
        <source>Telefon (Vermieter*in)</source>
        <translation>Telefon (Vermieter*in)</translation>
    </message>
    <message>
        <source>name@beispiel.de</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>E-Mail (Vermieter*in)</source>
        <translation>E-Mail (Vermieter*in)</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>bis</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Verfügbar ab</source>
        <translation>Verfügbar ab</translation>
    </message>
    <message>
        <source>Plätze</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>z. B. 62,5</source>
        <translation>z. B. 62,5</translation>
    </message>
    <message>
        <source>Fläche (m²)</source>
        <translation>Fläche (m²)</translation>
    </message>
    <message>
        <source>barrierefrei</source>
        <translation>barrierefrei</translation>
    </message>
    <message>
        <source>Haustiere erlaubt</source>
        <translation>Haustiere erlaubt</translation>
    </message>
    <message>
        <source>Rauchen erlaubt</source>
        <translation>Rauchen erlaubt</translation>
    </message>
    <message>
        <source>Ausstattung</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wohnraumangebot bearbeiten – %1</source>
        <translation>Wohnraumangebot bearbeiten – %1</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <source>Neuer Fall</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>Haushalte, die heute in Ihren Unterkünften wohnen und noch keinen offenen Fall haben.</source>
        <translation>Haushalte, die heute in Ihren Unterkünften wohnen und noch keinen offenen Fall haben.</translation>
    </message>
    <message>
        <source>Name des Haushalts oder einer Person …</source>
        <translation>Name des Haushalts oder einer Person …</translation>
    </message>
    <message>
        <source>&amp;Suchen</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Haushalt</source>
        <translation>Haushalt</translation>
    </message>
    <message>
        <source>Lädt …</source>
        <translation>Lädt …</translation>
    </message>
    <message>
        <source>Zuständig</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>z. B. eigene Wohnung bis Jahresende, Deutschkurs B1</source>
        <translation>z. B. eigene Wohnung bis Jahresende, Deutschkurs B1</translation>
    </message>
    <message>
        <source>Ziele</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Fall eröffnen</source>
        <translation>Fall eröffnen</translation>
    </message>
    <message>
        <source>1 Person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <source>%1 Personen</source>
        <translation>%1 Personen</translation>
    </message>
    <message>
        <source>Kein passender Haushalt ohne offenen Fall gefunden.</source>
        <translation>Kein passender Haushalt ohne offenen Fall gefunden.</translation>
    </message>
    <message>
        <source>%1 Haushalte gefunden.</source>
        <translation>%1 Haushalte gefunden.</translation>
    </message>
    <message>
        <source>1 Haushalt gefunden.</source>
        <translation>1 Haushalt gefunden.</translation>
    </message>
    <message>
        <source>– keine Fachkraft der Sozialarbeit angelegt –</source>
        <translation>– keine Fachkraft der Sozialarbeit angelegt –</translation>
    </message>
    <message>
        <source>– nicht geladen –</source>
        <translation>– nicht geladen –</translation>
    </message>
    <message>
        <source>Haushalt: bitte einen Haushalt aus der Liste wählen.</source>
        <translation>Haushalt: bitte einen Haushalt aus der Liste wählen.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mär</source>
        <translation>Mär</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>Mai</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Okt</source>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dez</source>
        <translation>Dez</translation>
    </message>
    <message>
        <source>Belegt</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Frei</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Gesperrt</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Plätze</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>%1: %2 Plätze, %3 belegt, %4 frei, %5 gesperrt – Belegung %6</source>
        <translation>%1: %2 Plätze, %3 belegt, %4 frei, %5 gesperrt – Belegung %6</translation>
    </message>
    <message>
        <source>Auszüge in eigene Wohnung</source>
        <translation>Auszüge in eigene Wohnung</translation>
    </message>
    <message>
        <source>%1: %2 in eine eigene Wohnung gezogen</source>
        <translation>%1: %2 in eine eigene Wohnung gezogen</translation>
    </message>
    <message>
        <source>1 Person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <source>%1 Personen</source>
        <translation>%1 Personen</translation>
    </message>
    <message>
        <source>Klicken zeigt diese Personen in der Liste Bewohner*innen.</source>
        <translation>Klicken zeigt diese Personen in der Liste Bewohner*innen.</translation>
    </message>
    <message>
        <source>Klicken zeigt die Fälle, die in diesem Monat mit „eigene Wohnung“ abgeschlossen wurden und die Sie sehen – Haushalte, nicht Personen, daher eine andere Zahl.</source>
        <translation>Klicken zeigt die Fälle, die in diesem Monat mit „eigene Wohnung“ abgeschlossen wurden und die Sie sehen – Haushalte, nicht Personen, daher eine andere Zahl.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Aktualisieren</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Die Übersicht wird geladen …</source>
        <translation>Die Übersicht wird geladen …</translation>
    </message>
    <message>
        <source>Belegung heute</source>
        <translation>Belegung heute</translation>
    </message>
    <message>
        <source>Mängelmeldungen am Zug</source>
        <translation>Mängelmeldungen am Zug</translation>
    </message>
    <message>
        <source>Auszüge in eigene Wohnung (letzte 12 Monate)</source>
        <translation>Auszüge in eigene Wohnung (letzte 12 Monate)</translation>
    </message>
    <message>
        <source>Stand: %1, %2 Uhr</source>
        <translation>Stand: %1, %2 Uhr</translation>
    </message>
    <message>
        <source>Die Übersicht konnte nicht geladen werden.</source>
        <translation>Die Übersicht konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Die Belegung sehen Rollen mit „Unterkünfte ansehen“.</source>
        <translation>Die Belegung sehen Rollen mit „Unterkünfte ansehen“.</translation>
    </message>
    <message>
        <source>Keine Unterkünfte mit Plätzen.</source>
        <translation>Keine Unterkünfte mit Plätzen.</translation>
    </message>
    <message>
        <source>Gesamt: %1 von %2 Plätzen belegt, %3 frei, %4 gesperrt – Belegung %5</source>
        <translation>Gesamt: %1 von %2 Plätzen belegt, %3 frei, %4 gesperrt – Belegung %5</translation>
    </message>
    <message>
        <source>Mängelmeldungen sehen Rollen mit „Mängelmeldungen ansehen“.</source>
        <translation>Mängelmeldungen sehen Rollen mit „Mängelmeldungen ansehen“.</translation>
    </message>
    <message>
        <source>%1 am Zug</source>
        <translation>%1 am Zug</translation>
    </message>
    <message>
        <source>bei Ihnen, jetzt zu tun</source>
        <translation>bei Ihnen, jetzt zu tun</translation>
    </message>
    <message>
        <source>offene Mängelmeldungen</source>
        <translation>offene Mängelmeldungen</translation>
    </message>
    <message>
        <source>von %1 offenen Gefahrenstellen; %2 nicht rechtzeitig gesichert</source>
        <translation>von %1 offenen Gefahrenstellen; %2 nicht rechtzeitig gesichert</translation>
    </message>
    <message>
        <source>Gefahrenstellen überfällig</source>
        <translation>Gefahrenstellen überfällig</translation>
    </message>
    <message>
        <source>Die Auszüge sehen Rollen mit „Fälle ansehen“ oder „Berichte exportieren“.</source>
        <translation>Die Auszüge sehen Rollen mit „Fälle ansehen“ oder „Berichte exportieren“.</translation>
    </message>
    <message>
        <source>%1 Personen von %2 bis %3</source>
        <translation>%1 Personen von %2 bis %3</translation>
    </message>
</context>
<context>
    <name>OwnFlatDialog</name>
    <message>
        <source>Auszug in eigene Wohnung – %1</source>
        <translation>Auszug in eigene Wohnung – %1</translation>
    </message>
    <message>
        <source>Die Belegungen enden mit dem Grund „eigene Wohnung“, der Fall wird mit diesem Ergebnis abgeschlossen.</source>
        <translation>Die Belegungen enden mit dem Grund „eigene Wohnung“, der Fall wird mit diesem Ergebnis abgeschlossen.</translation>
    </message>
    <message>
        <source>Haushalt</source>
        <translation>Haushalt</translation>
    </message>
    <message>
        <source>Es ziehen aus</source>
        <translation>Es ziehen aus</translation>
    </message>
    <message>
        <source>Neue Wohnung</source>
        <translation>Neue Wohnung</translation>
    </message>
    <message>
        <source>Der Tag, an dem der Haushalt ausgezogen ist – heute oder früher.</source>
        <translation>Der Tag, an dem der Haushalt ausgezogen ist – heute oder früher.</translation>
    </message>
    <message>
        <source>Auszug am</source>
        <translation>Auszug am</translation>
    </message>
    <message>
        <source>z. B. neue Anschrift</source>
        <translation>z. B. neue Anschrift</translation>
    </message>
    <message>
        <source>Bemerkung</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <source>Niemand aus dem Haushalt wohnt zurzeit in einer Unterkunft.</source>
        <translation>Niemand aus dem Haushalt wohnt zurzeit in einer Unterkunft.</translation>
    </message>
    <message>
        <source>selbst gefundene Wohnung (kein Angebot reserviert)</source>
        <translation>selbst gefundene Wohnung (kein Angebot reserviert)</translation>
    </message>
    <message>
        <source>frei ab %1</source>
        <translation>frei ab %1</translation>
    </message>
    <message>
        <source>Trägt ein …</source>
        <translation>Trägt ein …</translation>
    </message>
    <message>
        <source>Auszug eintragen</source>
        <translation>Auszug eintragen</translation>
    </message>
</context>
<context>
    <name>PersonFilterBar</name>
    <message>
        <source>Personen, die in diesem Monat in eine eigene Wohnung gezogen sind, auch beendete (aus der Übersicht) – klicken, um den Filter aufzuheben</source>
        <translation>Personen, die in diesem Monat in eine eigene Wohnung gezogen sind, auch beendete (aus der Übersicht) – klicken, um den Filter aufzuheben</translation>
    </message>
    <message>
        <source>Pflegegrad</source>
        <translation>Pflegegrad</translation>
    </message>
    <message>
        <source>Personen mit einem Pflegegrad (1 bis 5)</source>
        <translation>Personen mit einem Pflegegrad (1 bis 5)</translation>
    </message>
    <message>
        <source>Braucht barrierefrei</source>
        <translation>Braucht barrierefrei</translation>
    </message>
    <message>
        <source>Personen, die eine barrierefreie Wohneinheit brauchen</source>
        <translation>Personen, die eine barrierefreie Wohneinheit brauchen</translation>
    </message>
    <message>
        <source>Haustiere</source>
        <translation>Haustiere</translation>
    </message>
    <message>
        <source>Personen mit Haustieren</source>
        <translation>Personen mit Haustieren</translation>
    </message>
    <message>
        <source>Raucher*in</source>
        <translation>Raucher*in</translation>
    </message>
    <message>
        <source>Personen, die rauchen</source>
        <translation>Personen, die rauchen</translation>
    </message>
    <message>
        <source>Ohne Platz</source>
        <translation>Ohne Platz</translation>
    </message>
    <message>
        <source>Personen, die heute in keiner Unterkunft wohnen</source>
        <translation>Personen, die heute in keiner Unterkunft wohnen</translation>
    </message>
    <message>
        <source>Alle Staatsangehörigkeiten</source>
        <translation>Alle Staatsangehörigkeiten</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Alle Unterkünfte</source>
        <translation>Alle Unterkünfte</translation>
    </message>
    <message>
        <source>Die Unterkunft, in der die Person heute wohnt</source>
        <translation>Die Unterkunft, in der die Person heute wohnt</translation>
    </message>
    <message>
        <source> Monate</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Die Person wohnt länger als so viele Monate in Unterkünften; Verlegungen ohne Lücke zählen mit.</source>
        <translation>Die Person wohnt länger als so viele Monate in Unterkünften; Verlegungen ohne Lücke zählen mit.</translation>
    </message>
    <message>
        <source>Aufenthalt länger als</source>
        <translation>Aufenthalt länger als</translation>
    </message>
    <message>
        <source>Auszug in eigene Wohnung: %1</source>
        <translation>Auszug in eigene Wohnung: %1</translation>
    </message>
    <message>
        <source>Der Tag, an dem das Alter gilt (Vorgabe: heute)</source>
        <translation>Der Tag, an dem das Alter gilt (Vorgabe: heute)</translation>
    </message>
    <message>
        <source>Kinder im Haushalt:</source>
        <translation>Kinder im Haushalt:</translation>
    </message>
    <message>
        <source>Alter am</source>
        <translation>Alter am</translation>
    </message>
    <message>
        <source>Jemand im Haushalt (ohne Haushalt: die Person selbst) ist am gewählten Tag jünger als %1 Jahre. Ist nur das Geburtsjahr oder der Monat bekannt, zählt die Person, wenn sie so jung sein könnte.</source>
        <translation>Jemand im Haushalt (ohne Haushalt: die Person selbst) ist am gewählten Tag jünger als %1 Jahre. Ist nur das Geburtsjahr oder der Monat bekannt, zählt die Person, wenn sie so jung sein könnte.</translation>
    </message>
    <message>
        <source>unter %1</source>
        <translation>unter %1</translation>
    </message>
</context>
<context>
    <name>PersonFormDialog</name>
    <message>
        <source>Neue Bewohner*in</source>
        <translation>Neue Bewohner*in</translation>
    </message>
    <message>
        <source>Bewohner*in bearbeiten</source>
        <translation>Bewohner*in bearbeiten</translation>
    </message>
    <message>
        <source>Ausweisdokumente</source>
        <translation>Ausweisdokumente</translation>
    </message>
    <message>
        <source>Familienname</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <source>Vornamen</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>Schreibweise im Pass / Umschrift, falls anders</source>
        <translation>Schreibweise im Pass / Umschrift, falls anders</translation>
    </message>
    <message>
        <source>Namensumschrift</source>
        <translation>Namensumschrift</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>z. B. 31.12.1990 – nur Monat: 12.1990 – nur Jahr: 1990</source>
        <translation>z. B. 31.12.1990 – nur Monat: 12.1990 – nur Jahr: 1990</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Geschlecht</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>z. B. 0176 1234567</source>
        <translation>z. B. 0176 1234567</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>kein Pflegegrad</source>
        <translation>kein Pflegegrad</translation>
    </message>
    <message>
        <source>Pflegegrad</source>
        <translation>Pflegegrad</translation>
    </message>
    <message>
        <source>braucht barrierefreie Wohneinheit</source>
        <translation>braucht barrierefreie Wohneinheit</translation>
    </message>
    <message>
        <source>hat Haustiere</source>
        <translation>hat Haustiere</translation>
    </message>
    <message>
        <source>raucht</source>
        <translation>raucht</translation>
    </message>
    <message>
        <source>Merkmale</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Bewohner*in bearbeiten – %1</source>
        <translation>Bewohner*in bearbeiten – %1</translation>
    </message>
</context>
<context>
    <name>PersonPane</name>
    <message>
        <source>Bitte links eine Person wählen.</source>
        <translation>Bitte links eine Person wählen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Alter</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Wohnt in</source>
        <translation>Wohnt in</translation>
    </message>
    <message>
        <source>Unterkunft</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <source>Von</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Bis</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Platz suchen …</source>
        <translation>Platz suchen …</translation>
    </message>
    <message>
        <source>Umziehen …</source>
        <translation>Umziehen …</translation>
    </message>
    <message>
        <source>Ausziehen …</source>
        <translation>Ausziehen …</translation>
    </message>
    <message>
        <source>Bearbeiten …</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Haushalt …</source>
        <translation>Haushalt …</translation>
    </message>
    <message>
        <source>Haushalt</source>
        <translation>Haushalt</translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>1 Monat</source>
        <translation>1 Monat</translation>
    </message>
    <message numerus="yes">
        <source>%1 Monate</source>
        <translation>
            <numerusform>%1 Monate</numerusform>
            <numerusform>%1 Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>1 Tag</source>
        <translation>1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>%1 Tage</source>
        <translation>
            <numerusform>%1 Tage</numerusform>
            <numerusform>%1 Tage</numerusform>
        </translation>
    </message>
    <message>
        <source> – seit %1</source>
        <translation> – seit %1</translation>
    </message>
    <message>
        <source>Wohnt in %1%2</source>
        <translation>Wohnt in %1%2</translation>
    </message>
    <message>
        <source>Zurzeit ohne Platz.</source>
        <translation>Zurzeit ohne Platz.</translation>
    </message>
    <message>
        <source>ohne Platz</source>
        <translation>ohne Platz</translation>
    </message>
    <message>
        <source>Umzug</source>
        <translation>Umzug</translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message>
        <source>Name eingeben und Enter</source>
        <translation>Name eingeben und Enter</translation>
    </message>
    <message>
        <source>Suchen</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Hinzufügen</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Suche …</source>
        <translation>Suche …</translation>
    </message>
    <message>
        <source>Haushalt: %1</source>
        <translation>Haushalt: %1</translation>
    </message>
    <message>
        <source>Keine Person gefunden.</source>
        <translation>Keine Person gefunden.</translation>
    </message>
</context>
<context>
    <name>PersonalPage</name>
    <message>
        <source>Sprache</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Українська (unvollständig)</source>
        <translation>Українська (unvollständig)</translation>
    </message>
    <message>
        <source>&amp;Sprache der Oberfläche:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>Gilt ab dem nächsten Start. Die ukrainische Übersetzung umfasst die Hauptansichten; was noch nicht übersetzt ist, erscheint auf Deutsch.</source>
        <translation>Gilt ab dem nächsten Start. Die ukrainische Übersetzung umfasst die Hauptansichten; was noch nicht übersetzt ist, erscheint auf Deutsch.</translation>
    </message>
    <message>
        <source>Fenster und Listen</source>
        <translation>Fenster und Listen</translation>
    </message>
    <message>
        <source>Soest Desk merkt sich Größe und Lage des Fensters, die Spalten der Listen und die zuletzt gewählten Filter.</source>
        <translation>Soest Desk merkt sich Größe und Lage des Fensters, die Spalten der Listen und die zuletzt gewählten Filter.</translation>
    </message>
    <message>
        <source>Fensteranordnung und Filter &amp;zurücksetzen</source>
        <translation>Fensteranordnung und Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Zurückgesetzt. Beim nächsten Start zeigt Soest Desk das Fenster und die Listen wieder wie beim ersten Mal.</source>
        <translation>Zurückgesetzt. Beim nächsten Start zeigt Soest Desk das Fenster und die Listen wieder wie beim ersten Mal.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>%1 – zum Vergrößern klicken</source>
        <translation>%1 – zum Vergrößern klicken</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Foto: %1</source>
        <translation>Foto: %1</translation>
    </message>
    <message>
        <source>Das Foto wird geladen …</source>
        <translation>Das Foto wird geladen …</translation>
    </message>
    <message>
        <source>Das Foto kann nicht angezeigt werden.</source>
        <translation>Das Foto kann nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>Personen</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>eigene Wohnung</source>
        <translation>eigene Wohnung</translation>
    </message>
    <message>
        <source>Umverteilung</source>
        <translation>Umverteilung</translation>
    </message>
    <message>
        <source>andere Kommune</source>
        <translation>andere Kommune</translation>
    </message>
    <message>
        <source>Rückkehr ins Herkunftsland</source>
        <translation>Rückkehr ins Herkunftsland</translation>
    </message>
    <message>
        <source>verstorben</source>
        <translation>verstorben</translation>
    </message>
    <message>
        <source>unbekannt / abgängig</source>
        <translation>unbekannt / abgängig</translation>
    </message>
    <message>
        <source>Schimmel</source>
        <translation>Schimmel</translation>
    </message>
    <message>
        <source>Renovierung</source>
        <translation>Renovierung</translation>
    </message>
    <message>
        <source>Quarantäne</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <source>Schaden</source>
        <translation>Schaden</translation>
    </message>
    <message>
        <source>Sonstiges</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>überbelegt</source>
        <translation>überbelegt</translation>
    </message>
    <message>
        <source>voll</source>
        <translation>voll</translation>
    </message>
</context>
<context>
    <name>PlacesActions</name>
    <message>
        <source>Neue Bewohner*in …</source>
        <translation>Neue Bewohner*in …</translation>
    </message>
    <message>
        <source>Neuer Haushalt …</source>
        <translation>Neuer Haushalt …</translation>
    </message>
    <message>
        <source>Neue Unterkunft …</source>
        <translation>Neue Unterkunft …</translation>
    </message>
    <message>
        <source>Neues Wohnraumangebot …</source>
        <translation>Neues Wohnraumangebot …</translation>
    </message>
    <message>
        <source>Listen importieren …</source>
        <translation>Listen importieren …</translation>
    </message>
</context>
<context>
    <name>PriorityDialog</name>
    <message>
        <source>Priorität ändern</source>
        <translation>Priorität ändern</translation>
    </message>
    <message>
        <source>Grund der Änderung</source>
        <translation>Grund der Änderung</translation>
    </message>
    <message>
        <source>Die Frist wird vom Meldezeitpunkt aus neu berechnet. „Sofort“ macht die Meldung zur Gefahrenstelle, die gesichert werden muss.</source>
        <translation>Die Frist wird vom Meldezeitpunkt aus neu berechnet. „Sofort“ macht die Meldung zur Gefahrenstelle, die gesichert werden muss.</translation>
    </message>
    <message>
        <source>Neue Priorität *</source>
        <translation>Neue Priorität *</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Datenschutz</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Name oder Personennummer</source>
        <translation>Name oder Personennummer</translation>
    </message>
    <message>
        <source>Suchen</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Haushalt</source>
        <translation>Haushalt</translation>
    </message>
    <message>
        <source>Auskunft</source>
        <translation>Auskunft</translation>
    </message>
    <message>
        <source>Aufbewahrung</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Löschen auf Antrag</source>
        <translation>Löschen auf Antrag</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>beantragt von (z. B. die Person selbst, Betreuerin)</source>
        <translation>beantragt von (z. B. die Person selbst, Betreuerin)</translation>
    </message>
    <message>
        <source>Auskunft als PDF speichern …</source>
        <translation>Auskunft als PDF speichern …</translation>
    </message>
    <message>
        <source>Alle über die gewählte Person gespeicherten Angaben, mit dem Protokoll der Änderungen. Das Erstellen wird protokolliert.</source>
        <translation>Alle über die gewählte Person gespeicherten Angaben, mit dem Protokoll der Änderungen. Das Erstellen wird protokolliert.</translation>
    </message>
    <message>
        <source> Jahre</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>Probelauf</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Jetzt anonymisieren …</source>
        <translation>Jetzt anonymisieren …</translation>
    </message>
    <message>
        <source>Letzte Belegung beendet vor mehr als</source>
        <translation>Letzte Belegung beendet vor mehr als</translation>
    </message>
    <message>
        <source>Grund, z. B. Antrag vom 12.05.2026 (ohne Namen)</source>
        <translation>Grund, z. B. Antrag vom 12.05.2026 (ohne Namen)</translation>
    </message>
    <message>
        <source>Gewählte Person löschen …</source>
        <translation>Gewählte Person löschen …</translation>
    </message>
    <message>
        <source>Namen, Dokumente, Kontaktdaten, Fotos und Texte werden entfernt; Belegungszeiten bleiben ohne Namen für die Statistik. Nicht möglich, solange die Person wohnt oder ihr Fall offen ist.</source>
        <translation>Namen, Dokumente, Kontaktdaten, Fotos und Texte werden entfernt; Belegungszeiten bleiben ohne Namen für die Statistik. Nicht möglich, solange die Person wohnt oder ihr Fall offen ist.</translation>
    </message>
    <message>
        <source>Sucht …</source>
        <translation>Sucht …</translation>
    </message>
    <message>
        <source> (anonymisiert)</source>
        <translation> (anonymisiert)</translation>
    </message>
    <message>
        <source>Niemand gefunden.</source>
        <translation>Niemand gefunden.</translation>
    </message>
    <message>
        <source>Auskunft speichern</source>
        <translation>Auskunft speichern</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Auskunft gespeichert: %1 (%2 Seiten)</source>
        <translation>Auskunft gespeichert: %1 (%2 Seiten)</translation>
    </message>
    <message>
        <source>Schreibt die Auskunft …</source>
        <translation>Schreibt die Auskunft …</translation>
    </message>
    <message>
        <source>Probelauf …</source>
        <translation>Probelauf …</translation>
    </message>
    <message>
        <source>Probelauf: %1 Person(en) fällig; nichts wurde geändert.</source>
        <translation>Probelauf: %1 Person(en) fällig; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Anonymisieren</source>
        <translation>Anonymisieren</translation>
    </message>
    <message>
        <source>Die im Probelauf gelisteten Personen jetzt anonymisieren? Das lässt sich nicht rückgängig machen.</source>
        <translation>Die im Probelauf gelisteten Personen jetzt anonymisieren? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Anonymisiert …</source>
        <translation>Anonymisiert …</translation>
    </message>
    <message>
        <source>%1 Person(en) anonymisiert.</source>
        <translation>%1 Person(en) anonymisiert.</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Die Angaben über Person Nr. %1 jetzt löschen? Das lässt sich nicht rückgängig machen.</source>
        <translation>Die Angaben über Person Nr. %1 jetzt löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Löscht …</source>
        <translation>Löscht …</translation>
    </message>
    <message>
        <source>Die Angaben über Person Nr. %1 wurden gelöscht.</source>
        <translation>Die Angaben über Person Nr. %1 wurden gelöscht.</translation>
    </message>
</context>
<context>
    <name>ReadinessItemDialog</name>
    <message>
        <source>Kein Pflichtpunkt: zählt nicht zur Mietvertragsfähigkeit.</source>
        <translation>Kein Pflichtpunkt: zählt nicht zur Mietvertragsfähigkeit.</translation>
    </message>
    <message>
        <source>Punkt bearbeiten – %1</source>
        <translation>Punkt bearbeiten – %1</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;kein Ablaufdatum</source>
        <translation>&amp;kein Ablaufdatum</translation>
    </message>
    <message>
        <source>Gültig bis</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>z. B. Bescheid vom …, Zertifikat B1</source>
        <translation>z. B. Bescheid vom …, Zertifikat B1</translation>
    </message>
    <message>
        <source>Nachweis</source>
        <translation>Nachweis</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Zuständigkeit ändern</source>
        <translation>Zuständigkeit ändern</translation>
    </message>
    <message>
        <source>Zuständig</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Zuständig: bitte eine Fachkraft der Sozialarbeit wählen.</source>
        <translation>Zuständig: bitte eine Fachkraft der Sozialarbeit wählen.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Neue Nachbarschaftsmeldung</source>
        <translation>Neue Nachbarschaftsmeldung</translation>
    </message>
    <message>
        <source>Nachbarschaftsmeldung bearbeiten</source>
        <translation>Nachbarschaftsmeldung bearbeiten</translation>
    </message>
    <message>
        <source>Unterkunft</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Kategorie</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Was wurde gemeldet? (z. B. Lärm nach 22 Uhr im Innenhof)</source>
        <translation>Was wurde gemeldet? (z. B. Lärm nach 22 Uhr im Innenhof)</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Kontakt (Name)</source>
        <translation>Kontakt (Name)</translation>
    </message>
    <message>
        <source>Was wurde getan oder vereinbart?</source>
        <translation>Was wurde getan oder vereinbart?</translation>
    </message>
    <message>
        <source>Nachverfolgung</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <source>&amp;am</source>
        <translation>&amp;am</translation>
    </message>
    <message>
        <source>Wiedervorlage</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>a&amp;m</source>
        <translation>a&amp;m</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation>– bitte wählen –</translation>
    </message>
    <message>
        <source>Das Formular wird noch geladen.</source>
        <translation>Das Formular wird noch geladen.</translation>
    </message>
    <message>
        <source>Unterkunft: bitte eine Unterkunft wählen.</source>
        <translation>Unterkunft: bitte eine Unterkunft wählen.</translation>
    </message>
</context>
<context>
    <name>ReportPane</name>
    <message>
        <source>&amp;Bearbeiten …</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Erledigt (heute)</source>
        <translation>Erledigt (heute)</translation>
    </message>
    <message>
        <source>Die Meldung ist heute erledigt. Ein anderes Datum: über „Bearbeiten …“.</source>
        <translation>Die Meldung ist heute erledigt. Ein anderes Datum: über „Bearbeiten …“.</translation>
    </message>
    <message>
        <source>Wieder öffnen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Lädt …</source>
        <translation>Lädt …</translation>
    </message>
    <message>
        <source>Keine Meldung ausgewählt</source>
        <translation>Keine Meldung ausgewählt</translation>
    </message>
    <message>
        <source>Wählen Sie links eine Meldung; Enter oder ein Doppelklick öffnet sie zum Bearbeiten.</source>
        <translation>Wählen Sie links eine Meldung; Enter oder ein Doppelklick öffnet sie zum Bearbeiten.</translation>
    </message>
    <message>
        <source>Unterkunft</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>erledigt am %1</source>
        <translation>erledigt am %1</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Wiedervorlage am %1</source>
        <translation>Wiedervorlage am %1</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Danach ist die Heimleitung am Zug: sie nimmt vor Ort ab oder lehnt ab.</source>
        <translation>Danach ist die Heimleitung am Zug: sie nimmt vor Ort ab oder lehnt ab.</translation>
    </message>
    <message>
        <source>Was wurde gemacht?</source>
        <translation>Was wurde gemacht?</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Kosten</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>&amp;Sofort (Verkehrssicherheit):</source>
        <translation>&amp;Sofort (Verkehrssicherheit):</translation>
    </message>
    <message>
        <source>&amp;Dringend:</source>
        <translation>&amp;Dringend:</translation>
    </message>
    <message>
        <source>&amp;Normal:</source>
        <translation>&amp;Normal:</translation>
    </message>
    <message>
        <source>N&amp;iedrig:</source>
        <translation>N&amp;iedrig:</translation>
    </message>
    <message>
        <source>Diese Einstellungen gelten für alle Arbeitsplätze und werden in der Datenbank gespeichert.</source>
        <translation>Diese Einstellungen gelten für alle Arbeitsplätze und werden in der Datenbank gespeichert.</translation>
    </message>
    <message>
        <source>Wird geladen …</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Frist bis zur Erledigung eines Mangels, je Priorität</source>
        <translation>Frist bis zur Erledigung eines Mangels, je Priorität</translation>
    </message>
    <message>
        <source>Arbeitstage</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <source>Belegung, Betreuung und Aufbewahrung</source>
        <translation>Belegung, Betreuung und Aufbewahrung</translation>
    </message>
    <message>
        <source>&amp;Mindestfläche je Person:</source>
        <translation>&amp;Mindestfläche je Person:</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>z. B. 3, 6, 18</source>
        <translation>z. B. 3, 6, 18</translation>
    </message>
    <message>
        <source>&amp;Altersgrenzen für Kinder:</source>
        <translation>&amp;Altersgrenzen für Kinder:</translation>
    </message>
    <message>
        <source>Jahre (Filter „unter …“ der Bewohnerliste)</source>
        <translation>Jahre (Filter „unter …“ der Bewohnerliste)</translation>
    </message>
    <message>
        <source>&amp;Betreuungsschlüssel:</source>
        <translation>&amp;Betreuungsschlüssel:</translation>
    </message>
    <message>
        <source>Personen je Fachkraft</source>
        <translation>Personen je Fachkraft</translation>
    </message>
    <message>
        <source>Aufbe&amp;wahrungsfrist nach dem Auszug:</source>
        <translation>Aufbe&amp;wahrungsfrist nach dem Auszug:</translation>
    </message>
    <message>
        <source>Jahre</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Nur zur Ansicht: Diese Einstellungen ändert die Administration (Berechtigung „Einstellungen verwalten“).</source>
        <translation>Nur zur Ansicht: Diese Einstellungen ändert die Administration (Berechtigung „Einstellungen verwalten“).</translation>
    </message>
    <message>
        <source>Die Einstellungen konnten nicht gelesen werden: %1</source>
        <translation>Die Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Frist „%1“</source>
        <translation>Frist „%1“</translation>
    </message>
    <message>
        <source>Betreuungsschlüssel</source>
        <translation>Betreuungsschlüssel</translation>
    </message>
    <message>
        <source>Aufbewahrungsfrist</source>
        <translation>Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>%1: bitte einen Wert angeben.</source>
        <translation>%1: bitte einen Wert angeben.</translation>
    </message>
    <message>
        <source>Mindestfläche je Person</source>
        <translation>Mindestfläche je Person</translation>
    </message>
    <message>
        <source>Altersgrenzen für Kinder</source>
        <translation>Altersgrenzen für Kinder</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Einstellungen</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Datenbank</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Fristen und Regeln</source>
        <translation>Fristen und Regeln</translation>
    </message>
    <message>
        <source>Sicherung</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Persönlich</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Die Einstellungen für alle wurden gespeichert, Ihre eigenen nicht: </source>
        <translation>Die Einstellungen für alle wurden gespeichert, Ihre eigenen nicht: </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Weitere</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <source>Tastenkürzel</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Diese Tastenkürzel gelten im ganzen Fenster. Grau: für Ihre Rollen nicht verfügbar.</source>
        <translation>Diese Tastenkürzel gelten im ganzen Fenster. Grau: für Ihre Rollen nicht verfügbar.</translation>
    </message>
    <message>
        <source>Aktion</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Soest Desk – Anmelden</source>
        <translation>Soest Desk – Anmelden</translation>
    </message>
    <message>
        <source>Bitte melden Sie sich mit Ihrer persönlichen Anmeldung an.</source>
        <translation>Bitte melden Sie sich mit Ihrer persönlichen Anmeldung an.</translation>
    </message>
    <message>
        <source>Passwort im Anmeldespeicher des Systems speichern</source>
        <translation>Passwort im Anmeldespeicher des Systems speichern</translation>
    </message>
    <message>
        <source>Datenbank:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Benutzername:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Passwort:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Anmelden</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Meldet an …</source>
        <translation>Meldet an …</translation>
    </message>
    <message>
        <source>Bitte den Benutzernamen eingeben.</source>
        <translation>Bitte den Benutzernamen eingeben.</translation>
    </message>
    <message>
        <source>Bitte das Passwort eingeben.</source>
        <translation>Bitte das Passwort eingeben.</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <source>Soest Desk – Start nicht möglich</source>
        <translation>Soest Desk – Start nicht möglich</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Status ändern</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>„Ruht“: zurzeit keine Begleitung (z. B. Krankheit, Reise). Zum Abschließen bitte „Abschließen …“ verwenden.</source>
        <translation>„Ruht“: zurzeit keine Begleitung (z. B. Krankheit, Reise). Zum Abschließen bitte „Abschließen …“ verwenden.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>* Pflichtfeld</source>
        <translation>* Pflichtfeld</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Speichert …</source>
        <translation>Speichert …</translation>
    </message>
</context>
<context>
    <name>TicketActions</name>
    <message>
        <source>Fotos auswählen</source>
        <translation>Fotos auswählen</translation>
    </message>
    <message>
        <source>Bilder (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>Foto nicht angehängt</source>
        <translation>Foto nicht angehängt</translation>
    </message>
    <message>
        <source>Aufträge drucken (PDF) …</source>
        <translation>Aufträge drucken (PDF) …</translation>
    </message>
</context>
<context>
    <name>TicketDetail</name>
    <message>
        <source>%1 Tg. %2 Std.</source>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
    <message>
        <source>%1 Std. %2 Min.</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 Min.</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source> bis %1</source>
        <translation> bis %1</translation>
    </message>
    <message>
        <source>niemand (abgeschlossen)</source>
        <translation>niemand (abgeschlossen)</translation>
    </message>
    <message>
        <source>keine Frist</source>
        <translation>keine Frist</translation>
    </message>
    <message>
        <source>%1 – überfällig</source>
        <translation>%1 – überfällig</translation>
    </message>
    <message>
        <source>Gefahrenstelle – gesichert am %1</source>
        <translation>Gefahrenstelle – gesichert am %1</translation>
    </message>
    <message>
        <source>Gefahrenstelle – noch nicht gesichert</source>
        <translation>Gefahrenstelle – noch nicht gesichert</translation>
    </message>
    <message>
        <source>Gefahrenstelle – sichern bis %1, überfällig!</source>
        <translation>Gefahrenstelle – sichern bis %1, überfällig!</translation>
    </message>
    <message>
        <source>Gefahrenstelle – sichern bis %1</source>
        <translation>Gefahrenstelle – sichern bis %1</translation>
    </message>
    <message>
        <source> · Zimmer %1</source>
        <translation> · Zimmer %1</translation>
    </message>
    <message>
        <source> von %1</source>
        <translation> von %1</translation>
    </message>
</context>
<context>
    <name>TicketDetailPane</name>
    <message>
        <source>Lädt …</source>
        <translation>Lädt …</translation>
    </message>
    <message>
        <source>Wählen Sie links eine Meldung aus, um sie hier zu sehen und zu bearbeiten.</source>
        <translation>Wählen Sie links eine Meldung aus, um sie hier zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>Die Meldung kann nicht angezeigt werden.</source>
        <translation>Die Meldung kann nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>TicketList</name>
    <message>
        <source>Die Liste konnte nicht geladen werden.</source>
        <translation>Die Liste konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Keine Treffer für „%1“.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message>
        <source>Keine Meldungen für diese Auswahl.</source>
        <translation>Keine Meldungen für diese Auswahl.</translation>
    </message>
    <message>
        <source>Ändern Sie Suche oder Filter, oder wählen Sie oben eine andere Ansicht.</source>
        <translation>Ändern Sie Suche oder Filter, oder wählen Sie oben eine andere Ansicht.</translation>
    </message>
    <message>
        <source>Sobald Ihre Rolle den nächsten Schritt tun muss, erscheint die Meldung hier.</source>
        <translation>Sobald Ihre Rolle den nächsten Schritt tun muss, erscheint die Meldung hier.</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>Gefahrenstelle (Verkehrssicherheit) – gesichert am %1</source>
        <translation>Gefahrenstelle (Verkehrssicherheit) – gesichert am %1</translation>
    </message>
    <message>
        <source>Gefahrenstelle (Verkehrssicherheit) – noch nicht gesichert</source>
        <translation>Gefahrenstelle (Verkehrssicherheit) – noch nicht gesichert</translation>
    </message>
    <message>
        <source>Überfällig – fällig war %1</source>
        <translation>Überfällig – fällig war %1</translation>
    </message>
    <message>
        <source>Überfällig – die Gefahrenstelle ist nicht rechtzeitig als gesichert gemeldet.</source>
        <translation>Überfällig – die Gefahrenstelle ist nicht rechtzeitig als gesichert gemeldet.</translation>
    </message>
</context>
<context>
    <name>Tickets</name>
    <message>
        <source>Bei mir am Zug</source>
        <translation>Bei mir am Zug</translation>
    </message>
    <message>
        <source>Alle offenen</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <source>Überfällig</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Verkehrssicherheit</source>
        <translation>Verkehrssicherheit</translation>
    </message>
    <message>
        <source>Wiederholungsmängel</source>
        <translation>Wiederholungsmängel</translation>
    </message>
    <message>
        <source>Erledigt/abgeschlossen</source>
        <translation>Erledigt/abgeschlossen</translation>
    </message>
    <message>
        <source>Offene Meldungen, bei denen Ihre Rolle den nächsten Schritt tun muss</source>
        <translation>Offene Meldungen, bei denen Ihre Rolle den nächsten Schritt tun muss</translation>
    </message>
    <message>
        <source>Alle Meldungen, die noch nicht abgenommen oder storniert sind</source>
        <translation>Alle Meldungen, die noch nicht abgenommen oder storniert sind</translation>
    </message>
    <message>
        <source>Offene Meldungen nach ihrer Frist oder mit nicht rechtzeitig gesicherter Gefahrenstelle</source>
        <translation>Offene Meldungen nach ihrer Frist oder mit nicht rechtzeitig gesicherter Gefahrenstelle</translation>
    </message>
    <message>
        <source>Offene Gefahrenstellen (Priorität „Sofort“)</source>
        <translation>Offene Gefahrenstellen (Priorität „Sofort“)</translation>
    </message>
    <message>
        <source>Gleiche Kategorie im selben Zimmer innerhalb kurzer Zeit</source>
        <translation>Gleiche Kategorie im selben Zimmer innerhalb kurzer Zeit</translation>
    </message>
    <message>
        <source>Abgenommene und stornierte Meldungen</source>
        <translation>Abgenommene und stornierte Meldungen</translation>
    </message>
    <message>
        <source>Bei Ihnen ist gerade nichts am Zug.</source>
        <translation>Bei Ihnen ist gerade nichts am Zug.</translation>
    </message>
    <message>
        <source>Keine offenen Mängelmeldungen.</source>
        <translation>Keine offenen Mängelmeldungen.</translation>
    </message>
    <message>
        <source>Nichts ist überfällig.</source>
        <translation>Nichts ist überfällig.</translation>
    </message>
    <message>
        <source>Keine offenen Gefahrenstellen.</source>
        <translation>Keine offenen Gefahrenstellen.</translation>
    </message>
    <message>
        <source>Keine Wiederholungsmängel.</source>
        <translation>Keine Wiederholungsmängel.</translation>
    </message>
    <message>
        <source>Noch keine erledigten Meldungen.</source>
        <translation>Noch keine erledigten Meldungen.</translation>
    </message>
    <message>
        <source>Danach: „%1“, am Zug: %2.</source>
        <translation>Danach: „%1“, am Zug: %2.</translation>
    </message>
    <message>
        <source>niemand</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Gefahrenstelle als gesichert melden</source>
        <translation>Gefahrenstelle als gesichert melden</translation>
    </message>
    <message>
        <source>Wie gesichert</source>
        <translation>Wie gesichert</translation>
    </message>
    <message>
        <source>z. B. abgesperrt, Strom abgeschaltet, Schild aufgestellt</source>
        <translation>z. B. abgesperrt, Strom abgeschaltet, Schild aufgestellt</translation>
    </message>
    <message>
        <source>Kommentieren</source>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Es ist ein unerwarteter Fehler aufgetreten; es wurde nichts geändert. Einzelheiten stehen in der Protokolldatei von Soest Desk.</source>
        <translation>Es ist ein unerwarteter Fehler aufgetreten; es wurde nichts geändert. Einzelheiten stehen in der Protokolldatei von Soest Desk.</translation>
    </message>
</context>
<context>
    <name>TicketsTab</name>
    <message>
        <source>Neue Mängelmeldung …</source>
        <translation>Neue Mängelmeldung …</translation>
    </message>
    <message>
        <source>Einen Mangel melden (Strg+N)</source>
        <translation>Einen Mangel melden (Strg+N)</translation>
    </message>
    <message>
        <source>Ausgewählte drucken (PDF) …</source>
        <translation>Ausgewählte drucken (PDF) …</translation>
    </message>
    <message>
        <source>Arbeitsaufträge für die markierten Meldungen (Strg/Umschalt + Klick markiert mehrere)</source>
        <translation>Arbeitsaufträge für die markierten Meldungen (Strg/Umschalt + Klick markiert mehrere)</translation>
    </message>
    <message>
        <source>Neue Mängelmeldung (im Mängel-Tab)</source>
        <translation>Neue Mängelmeldung (im Mängel-Tab)</translation>
    </message>
    <message>
        <source>Lädt …</source>
        <translation>Lädt …</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Umziehen</source>
        <translation>Umziehen</translation>
    </message>
    <message>
        <source>Die bisherige Belegung endet am Umzugstag, die neue beginnt am selben Tag.</source>
        <translation>Die bisherige Belegung endet am Umzugstag, die neue beginnt am selben Tag.</translation>
    </message>
    <message>
        <source>Umzug am</source>
        <translation>Umzug am</translation>
    </message>
    <message>
        <source>voll</source>
        <translation>voll</translation>
    </message>
    <message>
        <source>%1 frei</source>
        <translation>%1 frei</translation>
    </message>
    <message>
        <source>Neue Wohneinheit</source>
        <translation>Neue Wohneinheit</translation>
    </message>
    <message>
        <source>Bemerkung</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <source>Bitte mindestens eine Person auswählen.</source>
        <translation>Bitte mindestens eine Person auswählen.</translation>
    </message>
    <message>
        <source>Neue Wohneinheit: bitte aus der Liste wählen.</source>
        <translation>Neue Wohneinheit: bitte aus der Liste wählen.</translation>
    </message>
</context>
<context>
    <name>UnitFormDialog</name>
    <message>
        <source>Neue Wohneinheit</source>
        <translation>Neue Wohneinheit</translation>
    </message>
    <message>
        <source>Wohneinheit bearbeiten</source>
        <translation>Wohneinheit bearbeiten</translation>
    </message>
    <message>
        <source>Unterkunft: …</source>
        <translation>Unterkunft: …</translation>
    </message>
    <message>
        <source>z. B. EG-01</source>
        <translation>z. B. EG-01</translation>
    </message>
    <message>
        <source>Bezeichnung</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>0 = EG</source>
        <translation>0 = EG</translation>
    </message>
    <message>
        <source>Erdgeschoss 0, Keller -1</source>
        <translation>Erdgeschoss 0, Keller -1</translation>
    </message>
    <message>
        <source>Etage</source>
        <translation>Etage</translation>
    </message>
    <message>
        <source>Plätze</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>z. B. 12,5</source>
        <translation>z. B. 12,5</translation>
    </message>
    <message>
        <source>Fläche (m²)</source>
        <translation>Fläche (m²)</translation>
    </message>
    <message>
        <source>Belegungsart</source>
        <translation>Belegungsart</translation>
    </message>
    <message>
        <source>barrierefrei</source>
        <translation>barrierefrei</translation>
    </message>
    <message>
        <source>Ausstattung</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <source>Unterkunft: %1</source>
        <translation>Unterkunft: %1</translation>
    </message>
    <message>
        <source>Wohneinheit bearbeiten – %1</source>
        <translation>Wohneinheit bearbeiten – %1</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Benutzer verwalten</source>
        <translation>Benutzer verwalten</translation>
    </message>
    <message>
        <source>&amp;Neuer Benutzer</source>
        <translation>&amp;Neuer Benutzer</translation>
    </message>
    <message>
        <source>aktiv (kann sich anmelden)</source>
        <translation>aktiv (kann sich anmelden)</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Heimleitung und Sozialarbeit arbeiten nur für die angehakten Unterkünfte.</source>
        <translation>Heimleitung und Sozialarbeit arbeiten nur für die angehakten Unterkünfte.</translation>
    </message>
    <message>
        <source>Passwort setzen …</source>
        <translation>Passwort setzen …</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Anmeldename:</source>
        <translation>Anmeldename:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Unterkünfte:</source>
        <translation>Unterkünfte:</translation>
    </message>
    <message>
        <source>Lädt …</source>
        <translation>Lädt …</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Anwendungspasswort gesetzt</source>
        <translation>Anwendungspasswort gesetzt</translation>
    </message>
    <message>
        <source>kein Anwendungspasswort</source>
        <translation>kein Anwendungspasswort</translation>
    </message>
    <message>
        <source>Speichert …</source>
        <translation>Speichert …</translation>
    </message>
    <message>
        <source>Gespeichert.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Anwendungspasswort</source>
        <translation>Anwendungspasswort</translation>
    </message>
    <message>
        <source>Neues Passwort für „%1“ (mindestens 10 Zeichen; leer lassen, um das Passwort zu entfernen):</source>
        <translation>Neues Passwort für „%1“ (mindestens 10 Zeichen; leer lassen, um das Passwort zu entfernen):</translation>
    </message>
</context>
<context>
    <name>WaitDialog</name>
    <message>
        <source>Bei „Zugang“ ist die Heimleitung am Zug: sie sorgt für Zutritt und meldet weiter. Bis zum gewählten Tag ruht die Meldung, dann erscheint sie wieder unter „Bei mir am Zug“.</source>
        <translation>Bei „Zugang“ ist die Heimleitung am Zug: sie sorgt für Zutritt und meldet weiter. Bis zum gewählten Tag ruht die Meldung, dann erscheint sie wieder unter „Bei mir am Zug“.</translation>
    </message>
    <message>
        <source>Wartet auf …</source>
        <translation>Wartet auf …</translation>
    </message>
    <message>
        <source>Wartet auf</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <source>Wartet bis</source>
        <translation>Wartet bis</translation>
    </message>
</context>
<context>
    <name>WorkOrderPrinter</name>
    <message>
        <source>Aufträge als PDF speichern</source>
        <translation>Aufträge als PDF speichern</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Aufträge drucken</source>
        <translation>Aufträge drucken</translation>
    </message>
    <message>
        <source>Bitte markieren Sie zuerst eine oder mehrere Meldungen in der Liste.</source>
        <translation>Bitte markieren Sie zuerst eine oder mehrere Meldungen in der Liste.</translation>
    </message>
    <message>
        <source>Der Druck von Arbeitsaufträgen ist in dieser Version noch nicht enthalten.</source>
        <translation>Der Druck von Arbeitsaufträgen ist in dieser Version noch nicht enthalten.</translation>
    </message>
    <message>
        <source>Auftrag_%1.pdf</source>
        <translation>Auftrag_%1.pdf</translation>
    </message>
    <message>
        <source>Auftraege_%1.pdf</source>
        <translation>Auftraege_%1.pdf</translation>
    </message>
    <message>
        <source>Die Aufträge werden erstellt …</source>
        <translation>Die Aufträge werden erstellt …</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Aufträge gespeichert</source>
        <translation>Aufträge gespeichert</translation>
    </message>
    <message>
        <source>Der Auftrag steht in „%1“.</source>
        <translation>Der Auftrag steht in „%1“.</translation>
    </message>
    <message>
        <source>Die %1 Aufträge stehen in „%2“.</source>
        <translation>Die %1 Aufträge stehen in „%2“.</translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Aufträge nicht gedruckt</source>
        <translation>Aufträge nicht gedruckt</translation>
    </message>
</context>
</TS>
