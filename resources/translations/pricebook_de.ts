<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountField</name>
    <message>
        <source>&amp;Connected account</source>
        <translation>&amp;Verbundenes Konto</translation>
    </message>
    <message>
        <source>ChatDash: the client&apos;s connected account (acct_...).</source>
        <translation>ChatDash: das verbundene Konto des Kunden (acct_...).</translation>
    </message>
    <message>
        <source>acct_…</source>
        <translation>acct_…</translation>
    </message>
    <message>
        <source>ChatDash needs the client&apos;s connected account (acct_…).</source>
        <translation>ChatDash braucht das verbundene Konto des Kunden (acct_…).</translation>
    </message>
    <message>
        <source>A&amp;uthorization word</source>
        <translation>A&amp;utorisierungswort</translation>
    </message>
    <message>
        <source>Jani: the Authorization scheme word (default Bearer).</source>
        <translation>Jani: das Schemawort der Authorization-Kopfzeile (Standard: Bearer).</translation>
    </message>
    <message>
        <source>Bearer</source>
        <translation>Bearer</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Arbeitsbereich</translation>
    </message>
    <message>
        <source>Piriod: the workspace id.</source>
        <translation>Piriod: die ID des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Piriod needs the workspace id.</source>
        <translation>Piriod braucht die ID des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Use &amp;test-mode data</source>
        <translation>&amp;Testmodus-Daten verwenden</translation>
    </message>
    <message>
        <source>Piriod: test-mode data.</source>
        <translation>Piriod: Daten im Testmodus.</translation>
    </message>
    <message>
        <source>%1 needs the account&apos;s base URL.</source>
        <translation>%1 braucht die Basis-URL des Kontos.</translation>
    </message>
    <message>
        <source>acct_… (optional)</source>
        <translation>acct_… (optional)</translation>
    </message>
    <message>
        <source>Act for this connected account (sent as the Stripe-Account header).</source>
        <translation>Im Namen dieses verbundenen Kontos handeln (wird als Stripe-Account-Kopfzeile gesendet).</translation>
    </message>
</context>
<context>
    <name>AccountKeys</name>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>AccountLabel</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>account name (provider name)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Client accounts</source>
        <translation>Kundenkonten</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Anbieter</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>&amp;Basis-URL</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Key from &amp;variable</source>
        <translation>Schlüssel aus &amp;Variable</translation>
    </message>
    <message>
        <source>optional, for automation: an environment variable name</source>
        <translation>optional, für Automatisierung: der Name einer Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Key environment variable</source>
        <translation>Umgebungsvariable des Schlüssels</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>%1 already archived: nothing to send.</source>
        <translation>%1 bereits archiviert: nichts zu senden.</translation>
    </message>
    <message>
        <source>%1 already active: nothing to send.</source>
        <translation>%1 bereits aktiv: nichts zu senden.</translation>
    </message>
    <message>
        <source>%1 not on a provider yet: nothing to send.</source>
        <translation>%1 noch bei keinem Anbieter: nichts zu senden.</translation>
    </message>
    <message>
        <source>Nothing to archive</source>
        <translation>Nichts zu archivieren</translation>
    </message>
    <message>
        <source>Nothing to restore</source>
        <translation>Nichts wiederherzustellen</translation>
    </message>
    <message>
        <source>None of the selected products can be archived on a provider.</source>
        <translation>Keines der ausgewählten Produkte kann beim Anbieter archiviert werden.</translation>
    </message>
    <message>
        <source>None of the selected products can be made active again on a provider.</source>
        <translation>Keines der ausgewählten Produkte kann beim Anbieter wieder aktiviert werden.</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 Konten</translation>
    </message>
    <message>
        <source>A live key is involved: real customers stop (or start again) seeing these products.</source>
        <translation>Ein Live-Schlüssel ist beteiligt: Echte Kunden sehen diese Produkte dann nicht mehr (oder wieder).</translation>
    </message>
    <message>
        <source>Archive on provider</source>
        <translation>Beim Anbieter archivieren</translation>
    </message>
    <message>
        <source>Restore on provider</source>
        <translation>Beim Anbieter wiederherstellen</translation>
    </message>
    <message>
        <source>Archive on live accounts</source>
        <translation>Bei Live-Konten archivieren</translation>
    </message>
    <message>
        <source>Restore on live accounts</source>
        <translation>Bei Live-Konten wiederherstellen</translation>
    </message>
    <message>
        <source>Not on %1 yet: there is no page to open.</source>
        <translation>Noch nicht bei %1: Es gibt keine Seite zum Öffnen.</translation>
    </message>
    <message>
        <source>Open on provider</source>
        <translation>Beim Anbieter öffnen</translation>
    </message>
    <message>
        <source>No web browser opened %1.</source>
        <translation>Kein Webbrowser hat %1 geöffnet.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Unknown key</source>
        <translation>Unbekannter Schlüssel</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 product(s) not sent: %2</source>
        <translation>
            <numerusform>%n %1-Produkt nicht gesendet: %2</numerusform>
            <numerusform>%n %1-Produkte nicht gesendet: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 key: %n product(s)</source>
        <translation>
            <numerusform>%1, %2-Schlüssel: %n Produkt</numerusform>
            <numerusform>%1, %2-Schlüssel: %n Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n product(s) on %1?</source>
        <translation>
            <numerusform>%n Produkt bei %1 archivieren?</numerusform>
            <numerusform>%n Produkte bei %1 archivieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n product(s) on %1?</source>
        <translation>
            <numerusform>%n Produkt bei %1 wiederherstellen?</numerusform>
            <numerusform>%n Produkte bei %1 wiederherstellen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Changed since sync</source>
        <translation>Seit Synchronisierung geändert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>The catalog is not open.</source>
        <translation>Der Katalog ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Could not save the account: %1</source>
        <translation>Das Konto konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not remove the account: %1</source>
        <translation>Das Konto konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not restore “%1”: %2</source>
        <translation>„%1“ konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Could not delete the product: %1</source>
        <translation>Das Produkt konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Could not record the submission: %1</source>
        <translation>Die Übermittlung konnte nicht festgehalten werden: %1</translation>
    </message>
    <message>
        <source>Could not record the submission: another Pricebook took the product over.</source>
        <translation>Die Übermittlung konnte nicht festgehalten werden: Ein anderes Pricebook hat das Produkt übernommen.</translation>
    </message>
    <message>
        <source>Could not record the submission&apos;s progress: %1</source>
        <translation>Der Fortschritt der Übermittlung konnte nicht festgehalten werden: %1</translation>
    </message>
    <message>
        <source>Could not record the submission&apos;s progress: another Pricebook took the product over.</source>
        <translation>Der Fortschritt der Übermittlung konnte nicht festgehalten werden: Ein anderes Pricebook hat das Produkt übernommen.</translation>
    </message>
    <message>
        <source>Could not claim the product: %1</source>
        <translation>Das Produkt konnte nicht reserviert werden: %1</translation>
    </message>
    <message>
        <source>No such product in the catalog.</source>
        <translation>Dieses Produkt gibt es im Katalog nicht.</translation>
    </message>
    <message>
        <source>The product has no client account.</source>
        <translation>Das Produkt hat kein Kundenkonto.</translation>
    </message>
    <message>
        <source>Could not clear an abandoned claim: %1</source>
        <translation>Eine verwaiste Reservierung konnte nicht aufgehoben werden: %1</translation>
    </message>
    <message>
        <source>Could not renew the claims: %1</source>
        <translation>Die Reservierungen konnten nicht erneuert werden: %1</translation>
    </message>
    <message>
        <source>Another Pricebook took over a product this one was sending.</source>
        <translation>Ein anderes Pricebook hat ein Produkt übernommen, das dieses gerade sendete.</translation>
    </message>
    <message>
        <source>Could not release the claim: %1</source>
        <translation>Die Reservierung konnte nicht freigegeben werden: %1</translation>
    </message>
    <message>
        <source>The team catalog %1 cannot be reached: %2</source>
        <translation>Der Team-Katalog %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>unbekannter Benutzer</translation>
    </message>
    <message>
        <source>the catalog %1 is read-only here (its file or folder cannot be written); nothing was changed</source>
        <translation>der Katalog %1 ist hier schreibgeschützt (seine Datei oder sein Ordner kann nicht beschrieben werden); nichts wurde geändert</translation>
    </message>
    <message>
        <source>another Pricebook process has been writing to the catalog for %1 s and is not done (%2); nothing was changed — try again when it has finished</source>
        <translation>ein anderer Pricebook-Prozess schreibt seit %1 s in den Katalog und ist nicht fertig (%2); nichts wurde geändert – versuchen Sie es erneut, wenn er fertig ist</translation>
    </message>
    <message>
        <source>“%1” was changed by %2 at %3 while you edited it (you started from version %4, the catalog holds %5); nothing was saved.</source>
        <translation>„%1“ wurde von %2 um %3 geändert, während Sie es bearbeitet haben (Sie sind von Version %4 ausgegangen, der Katalog enthält %5); nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderem</translation>
    </message>
    <message>
        <source>A product with the id %1 is in the catalog already; nothing was saved.</source>
        <translation>Ein Produkt mit der ID %1 ist bereits im Katalog; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>“%1” was deleted by someone else while you edited it; nothing was saved.</source>
        <translation>„%1“ wurde von jemand anderem gelöscht, während Sie es bearbeitet haben; nichts wurde gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more conflict(s))</source>
        <translation>
            <numerusform>%1 (und %n weiterer Konflikt)</numerusform>
            <numerusform>%1 (und %n weitere Konflikte)</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was changed by %2 since you looked at it; it was not deleted.</source>
        <translation>„%1“ wurde von %2 geändert, seit Sie es angesehen haben; es wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>Could not adopt “%1”: it was changed by someone else meanwhile; pull again.</source>
        <translation>„%1“ konnte nicht übernommen werden: Es wurde zwischenzeitlich von jemand anderem geändert; rufen Sie es erneut ab.</translation>
    </message>
    <message>
        <source>Could not adopt “%1”: %2</source>
        <translation>„%1“ konnte nicht übernommen werden: %2</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Abruf</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The target catalog is not empty (%1 has %n row(s)); nothing was copied. Copy into a new, empty catalog.</source>
        <translation>
            <numerusform>Der Zielkatalog ist nicht leer (%1 hat %n Zeile); nichts wurde kopiert. Kopieren Sie in einen neuen, leeren Katalog.</numerusform>
            <numerusform>Der Zielkatalog ist nicht leer (%1 hat %n Zeilen); nichts wurde kopiert. Kopieren Sie in einen neuen, leeren Katalog.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start the copy: %1</source>
        <translation>Die Kopie konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The two catalogs differ in the columns of %1; open both with this Pricebook first.</source>
        <translation>Die beiden Kataloge unterscheiden sich in den Spalten von %1; öffnen Sie zuerst beide mit diesem Pricebook.</translation>
    </message>
    <message>
        <source>Could not copy a row of %1: %2</source>
        <translation>Eine Zeile von %1 konnte nicht kopiert werden: %2</translation>
    </message>
    <message>
        <source>Could not finish the copy: %1</source>
        <translation>Die Kopie konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>The copy does not match its source (counts or checksums differ); check the target catalog.</source>
        <translation>Die Kopie stimmt nicht mit ihrer Quelle überein (Anzahlen oder Prüfsummen weichen ab); prüfen Sie den Zielkatalog.</translation>
    </message>
    <message>
        <source>“%1” was changed meanwhile; check it on the provider again.</source>
        <translation>„%1“ wurde inzwischen geändert; prüfen Sie es erneut beim Anbieter.</translation>
    </message>
    <message>
        <source>Kept changes here, to be sent with Update.</source>
        <translation>Änderungen hier behalten, sie werden mit „Aktualisieren“ gesendet.</translation>
    </message>
    <message>
        <source>the disk that holds the catalog is full (%1)</source>
        <translation>die Festplatte, auf der der Katalog liegt, ist voll (%1)</translation>
    </message>
    <message>
        <source>the catalog could not be written to its disk, which is full or failing (%1)</source>
        <translation>der Katalog konnte nicht auf seine Festplatte geschrieben werden; sie ist voll oder fehlerhaft (%1)</translation>
    </message>
    <message>
        <source>the disk of the catalog&apos;s server is full (%1)</source>
        <translation>die Festplatte des Katalog-Servers ist voll (%1)</translation>
    </message>
    <message>
        <source>not every new product was written</source>
        <translation>nicht jedes neue Produkt wurde geschrieben</translation>
    </message>
    <message>
        <source>the write was undone before the search index was brought up to date</source>
        <translation>der Schreibvorgang wurde zurückgenommen, bevor der Suchindex nachgeführt war</translation>
    </message>
</context>
<context>
    <name>CatalogIO</name>
    <message>
        <source>Say which provider: %1.</source>
        <translation>Geben Sie den Anbieter an: %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>“%1” is not true or false.</source>
        <translation>„%1“ ist weder wahr noch falsch (true/false).</translation>
    </message>
    <message>
        <source>“%1” is not a number with at most two decimals.</source>
        <translation>„%1“ ist keine Zahl mit höchstens zwei Nachkommastellen.</translation>
    </message>
    <message>
        <source>“%1” is not a provider; use %2.</source>
        <translation>„%1“ ist kein Anbieter; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>Metadata must be a JSON object of text values, like {&quot;plan&quot;:&quot;gold&quot;}.</source>
        <translation>Metadaten müssen ein JSON-Objekt mit Textwerten sein, etwa {&quot;plan&quot;:&quot;gold&quot;}.</translation>
    </message>
    <message>
        <source>The metadata value of “%1” must be text.</source>
        <translation>Der Metadatenwert von „%1“ muss Text sein.</translation>
    </message>
    <message>
        <source>Tier %1: write “up to:price per unit:flat price”, e.g. 100:1.00: or inf:0.50:.</source>
        <translation>Staffel %1: Schreiben Sie „bis:Preis pro Einheit:Pauschalpreis“, z. B. 100:1.00: oder inf:0.50:.</translation>
    </message>
    <message>
        <source>Tier %1: %2</source>
        <translation>Staffel %1: %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>A quote inside an unquoted field; quote the whole field and double the quote.</source>
        <translation>Ein Anführungszeichen in einem Feld ohne Anführungszeichen; setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Zeichen.</translation>
    </message>
    <message>
        <source>Text after a closing quote; a field is quoted whole or not at all.</source>
        <translation>Text nach einem schließenden Anführungszeichen; ein Feld steht ganz oder gar nicht in Anführungszeichen.</translation>
    </message>
    <message>
        <source>A quote opened here is never closed.</source>
        <translation>Ein hier geöffnetes Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; split it.</source>
        <translation>Die Datei ist größer als %1 MB; teilen Sie sie auf.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line %1). Save it as CSV UTF-8 and import again.</source>
        <translation>Die Datei ist kein UTF-8-Text (Zeile %1). Speichern Sie sie als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This column appears twice; only the first is imported.</source>
        <translation>Diese Spalte kommt zweimal vor; nur die erste wird importiert.</translation>
    </message>
    <message>
        <source>Pricebook has no column by this name; it is not imported. Map it to one of: %1.</source>
        <translation>Pricebook hat keine Spalte dieses Namens; sie wird nicht importiert. Ordnen Sie sie einer dieser Spalten zu: %1.</translation>
    </message>
    <message>
        <source>There is no “name” column (or a column mapped to it).</source>
        <translation>Es gibt keine Spalte „name“ (und keine, die ihr zugeordnet ist).</translation>
    </message>
    <message>
        <source>This row has %1 fields, the header %2; the extra fields are not imported.</source>
        <translation>Diese Zeile hat %1 Felder, die Kopfzeile %2; die überzähligen Felder werden nicht importiert.</translation>
    </message>
    <message>
        <source>A further price of the product in row %1: product columns are read from that row only.</source>
        <translation>Ein weiterer Preis des Produkts in Zeile %1: Die Produktspalten werden nur aus jener Zeile gelesen.</translation>
    </message>
    <message>
        <source>Not imported: the product&apos;s price in row %1 has problems.</source>
        <translation>Nicht importiert: Der Preis des Produkts in Zeile %1 ist fehlerhaft.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (line %2).</source>
        <translation>Kein gültiges JSON: %1 (Zeile %2).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; Pricebook imports files up to %3 MB. Split it.</source>
        <translation>%1 ist %2 MB groß; Pricebook importiert Dateien bis %3 MB. Teilen Sie sie auf.</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>Es gibt kein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>“%1” is a %2 account; this row is for %3.</source>
        <translation>„%1“ ist ein %2-Konto; diese Zeile ist für %3.</translation>
    </message>
    <message>
        <source>Pricebook has no column by this name, nor by one other column of the file (%1); they are not imported. Map them to one of: %2.</source>
        <translation>Pricebook hat keine Spalte dieses Namens und auch keine für eine weitere Spalte der Datei (%1); sie werden nicht importiert. Ordnen Sie sie einer dieser Spalten zu: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Pricebook has no column by this name, nor by %n other columns of the file (%1); they are not imported. Map them to one of: %2.</source>
        <translation>
            <numerusform>Pricebook hat keine Spalte dieses Namens und auch keine für %n weitere Spalte der Datei (%1); sie werden nicht importiert. Ordnen Sie sie einer dieser Spalten zu: %2.</numerusform>
            <numerusform>Pricebook hat keine Spalte dieses Namens und auch keine für %n weitere Spalten der Datei (%1); sie werden nicht importiert. Ordnen Sie sie einer dieser Spalten zu: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 already has this product_id; a product is imported once.</source>
        <translation>Zeile %1 hat bereits diese product_id; ein Produkt wird nur einmal importiert.</translation>
    </message>
    <message>
        <source>A product named “%1” is already in the catalog for this account; this row adds a second one. To update that product instead, give its product_id.</source>
        <translation>Ein Produkt namens „%1“ ist für dieses Konto bereits im Katalog; diese Zeile fügt ein zweites hinzu. Um stattdessen jenes Produkt zu aktualisieren, geben Sie seine product_id an.</translation>
    </message>
    <message>
        <source>This is “%1” of the catalog, a %2 product; the row is for %3. Nothing of it is imported.</source>
        <translation>Dies ist „%1“ aus dem Katalog, ein %2-Produkt; die Zeile ist für %3. Nichts davon wird importiert.</translation>
    </message>
    <message>
        <source>Row %1 already updates “%2”; a product is imported once.</source>
        <translation>Zeile %1 aktualisiert bereits „%2“; ein Produkt wird nur einmal importiert.</translation>
    </message>
    <message>
        <source>a product could not be read</source>
        <translation>ein Produkt konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>CatalogLocation</name>
    <message>
        <source>No catalog was given.</source>
        <translation>Es wurde kein Katalog angegeben.</translation>
    </message>
    <message>
        <source>“%1” is neither a file nor a postgresql:// address.</source>
        <translation>„%1“ ist weder eine Datei noch eine postgresql://-Adresse.</translation>
    </message>
    <message>
        <source>The catalog address is not a valid URL: %1</source>
        <translation>Die Katalogadresse ist keine gültige URL: %1</translation>
    </message>
    <message>
        <source>The catalog address holds a password. Leave it out: Pricebook reads the password from the keychain or from PostgreSQL&apos;s password file (PGPASSFILE), so it never ends up in settings or logs.</source>
        <translation>Die Katalogadresse enthält ein Passwort. Lassen Sie es weg: Pricebook liest das Passwort aus dem Schlüsselbund oder aus der Passwortdatei von PostgreSQL (PGPASSFILE), sodass es nie in Einstellungen oder Protokollen landet.</translation>
    </message>
    <message>
        <source>The catalog address names no database: write postgresql://user@host/database.</source>
        <translation>Die Katalogadresse nennt keine Datenbank: Schreiben Sie postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>The catalog address has no valid port: %1</source>
        <translation>Die Katalogadresse hat keinen gültigen Port: %1</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one PostgreSQL knows (%2).</source>
        <translation>sslmode=%1 ist PostgreSQL nicht bekannt (%2).</translation>
    </message>
    <message>
        <source>The catalog option %1 has a value Pricebook cannot pass on: %2</source>
        <translation>Die Katalogoption %1 hat einen Wert, den Pricebook nicht weitergeben kann: %2</translation>
    </message>
    <message>
        <source>The catalog address has an option Pricebook does not know: %1</source>
        <translation>Die Katalogadresse hat eine Option, die Pricebook nicht kennt: %1</translation>
    </message>
    <message>
        <source>The catalog server %1 is not on this machine, so the connection must be encrypted and the server&apos;s certificate checked: add ?sslmode=verify-full to the address (plain connections are only for localhost and Unix sockets).</source>
        <translation>Der Katalogserver %1 liegt nicht auf diesem Rechner, daher muss die Verbindung verschlüsselt und das Zertifikat des Servers geprüft werden: Ergänzen Sie die Adresse um ?sslmode=verify-full (unverschlüsselte Verbindungen sind nur für localhost und Unix-Sockets vorgesehen).</translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <source>The catalog is not open.</source>
        <translation>Der Katalog ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>ChangePlan</name>
    <message>
        <source>No product %1 in the catalog.</source>
        <translation>Kein Produkt %1 im Katalog.</translation>
    </message>
    <message>
        <source>“%1” has no client account: choose one before it can be sent.</source>
        <translation>„%1“ hat kein Kundenkonto: Wählen Sie eines, bevor es gesendet werden kann.</translation>
    </message>
    <message>
        <source>Pulled read-only: %1</source>
        <translation>Schreibgeschützt abgerufen: %1</translation>
    </message>
    <message>
        <source>create product “%1”</source>
        <translation>Produkt „%1“ anlegen</translation>
    </message>
    <message>
        <source>create product “%1” with %2 %3</source>
        <translation>Produkt „%1“ mit %2 %3 anlegen</translation>
    </message>
    <message>
        <source>The product as last synced is not known: check it on the provider first.</source>
        <translation>Das Produkt im zuletzt synchronisierten Stand ist nicht bekannt: Prüfen Sie es zuerst beim Anbieter.</translation>
    </message>
    <message>
        <source>    refused: %1
</source>
        <translation>    abgelehnt: %1
</translation>
    </message>
    <message>
        <source>not planned: %1
</source>
        <translation>nicht geplant: %1
</translation>
    </message>
    <message>
        <source>This is not a plan printed by `pricebook-cli plan --json` (it has no “accounts” list).</source>
        <translation>Das ist kein Plan, den `pricebook-cli plan --json` ausgegeben hat (er hat keine Liste „accounts“).</translation>
    </message>
    <message>
        <source>A product of the plan has no id.</source>
        <translation>Ein Produkt des Plans hat keine ID.</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>nichts zu ändern</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>the plan shown was “%1”, the plan now is “%2”</source>
        <translation>der angezeigte Plan war „%1“, der Plan ist jetzt „%2“</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>product details changed</source>
        <translation>Produktangaben geändert</translation>
    </message>
    <message>
        <source>new plan</source>
        <translation>neuer Plan</translation>
    </message>
    <message>
        <source>new default price</source>
        <translation>neuer Standardpreis</translation>
    </message>
    <message>
        <source>new price</source>
        <translation>neuer Preis</translation>
    </message>
    <message>
        <source>another price made the default</source>
        <translation>ein anderer Preis zum Standard gemacht</translation>
    </message>
    <message>
        <source>plan details changed</source>
        <translation>Planangaben geändert</translation>
    </message>
    <message>
        <source>price details changed</source>
        <translation>Preisangaben geändert</translation>
    </message>
    <message>
        <source>old plan archived</source>
        <translation>alter Plan archiviert</translation>
    </message>
    <message>
        <source>plan archived</source>
        <translation>Plan archiviert</translation>
    </message>
    <message>
        <source>old price archived</source>
        <translation>alter Preis archiviert</translation>
    </message>
    <message>
        <source>price archived</source>
        <translation>Preis archiviert</translation>
    </message>
    <message>
        <source>Plan: %1 on %2; %3 refused; %4 unchanged.
</source>
        <translation>Plan: %1 an %2; %3 abgelehnt; %4 unverändert.
</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n Operation</numerusform>
            <numerusform>%n Operationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>list, add or remove</source>
        <translation>list, add oder remove</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>Der Name des Kontos.</translation>
    </message>
    <message>
        <source>Base URL.</source>
        <translation>Basis-URL.</translation>
    </message>
    <message>
        <source>Environment variable holding the key.</source>
        <translation>Umgebungsvariable, die den Schlüssel enthält.</translation>
    </message>
    <message>
        <source>Read the key from standard input into the keychain.</source>
        <translation>Den Schlüssel von der Standardeingabe in den Schlüsselbund lesen.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>Usage: pricebook-cli accounts list|add|remove</source>
        <translation>Aufruf: pricebook-cli accounts list|add|remove</translation>
    </message>
    <message>
        <source>  (local sandbox)</source>
        <translation>  (lokale Sandbox)</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with: pricebook-cli accounts add --provider P --name NAME
</source>
        <translation>Noch keine Konten. Fügen Sie eines hinzu mit: pricebook-cli accounts add --provider P --name NAME
</translation>
    </message>
    <message>
        <source>accounts add needs --provider and --name.
</source>
        <translation>accounts add braucht --provider und --name.
</translation>
    </message>
    <message>
        <source>No keychain service is running, so the key cannot be stored; use --key-env instead.</source>
        <translation>Es läuft kein Schlüsselbunddienst, daher kann der Schlüssel nicht gespeichert werden; verwenden Sie stattdessen --key-env.</translation>
    </message>
    <message>
        <source>No account named “%1”.
</source>
        <translation>Kein Konto namens „%1“.
</translation>
    </message>
    <message>
        <source>Removed “%1” and its key.
</source>
        <translation>„%1“ und sein Schlüssel wurden entfernt.
</translation>
    </message>
    <message>
        <source>accounts takes list, add or remove.
</source>
        <translation>accounts nimmt list, add oder remove.
</translation>
    </message>
    <message>
        <source>
CSV columns (import and export; docs/product-format.md):
  %1
</source>
        <translation>
CSV-Spalten (Import und Export; docs/product-format.md):
  %1
</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run pricebook-cli --help.
</source>
        <translation>Unbekannter Befehl „%1“. Rufen Sie pricebook-cli --help auf.
</translation>
    </message>
    <message>
        <source>The account the copies are for.</source>
        <translation>Das Konto, für das die Kopien bestimmt sind.</translation>
    </message>
    <message>
        <source>Machine-readable report.</source>
        <translation>Maschinenlesbarer Bericht.</translation>
    </message>
    <message>
        <source>Usage: pricebook-cli clone --to-account NAME [--provider P] [--account NAME] [--filter TEXT]
</source>
        <translation>Aufruf: pricebook-cli clone --to-account NAME [--provider P] [--account NAME] [--filter TEXT]
</translation>
    </message>
    <message>
        <source>not carried:</source>
        <translation>nicht übernommen:</translation>
    </message>
    <message>
        <source>still needed:</source>
        <translation>noch erforderlich:</translation>
    </message>
    <message>
        <source>%1 copies made as drafts for “%2”; %3 need more before they can be sent. Nothing was sent.
</source>
        <translation>%1 Kopien als Entwürfe für „%2“ angelegt; %3 brauchen noch Angaben, bevor sie gesendet werden können. Es wurde nichts gesendet.
</translation>
    </message>
    <message>
        <source>Usage: pricebook-cli %1 [options]%2</source>
        <translation>Aufruf: pricebook-cli %1 [Optionen]%2</translation>
    </message>
    <message>
        <source>Note: without --%1 the requests are incomplete. %2</source>
        <translation>Hinweis: Ohne --%1 sind die Anfragen unvollständig. %2</translation>
    </message>
    <message>
        <source>Providers: %1.</source>
        <translation>Anbieter: %1.</translation>
    </message>
    <message>
        <source>--%1 is required: %2</source>
        <translation>--%1 ist erforderlich: %2</translation>
    </message>
    <message>
        <source>PRICEBOOK_API_KEY is not set either; the account&apos;s API key is read from it.</source>
        <translation>Auch PRICEBOOK_API_KEY ist nicht gesetzt; daraus wird der API-Schlüssel des Kontos gelesen.</translation>
    </message>
    <message>
        <source>--operation is create or update.
</source>
        <translation>--operation ist create oder update.
</translation>
    </message>
    <message>
        <source>%1 has no update operation.
</source>
        <translation>%1 bietet keine Aktualisierung.
</translation>
    </message>
    <message>
        <source>--operation update needs --remote-id: the provider&apos;s id of what to change.
</source>
        <translation>--operation update braucht --remote-id: die ID des Anbieters für das, was geändert werden soll.
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; split it into smaller files.</source>
        <translation>%1 ist größer als %2 MB; teilen Sie die Datei in kleinere auf.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>create (default) or update.</source>
        <translation>create (Standard) oder update.</translation>
    </message>
    <message>
        <source>The provider&apos;s id of what to change (a product, or a plan), for update.</source>
        <translation>Die ID des Anbieters für das, was geändert werden soll (ein Produkt oder ein Plan), bei update.</translation>
    </message>
    <message>
        <source>Send to this base URL instead of the provider&apos;s.</source>
        <translation>An diese Basis-URL statt an die des Anbieters senden.</translation>
    </message>
    <message>
        <source>Product document (JSON); - reads standard input.</source>
        <translation>Produktdokument (JSON); - liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>The catalog&apos;s folder.</source>
        <translation>Das Verzeichnis des Katalogs.</translation>
    </message>
    <message>
        <source>Only products of this provider.</source>
        <translation>Nur Produkte dieses Anbieters.</translation>
    </message>
    <message>
        <source>Only products of this account.</source>
        <translation>Nur Produkte dieses Kontos.</translation>
    </message>
    <message>
        <source>Only products matching this text.</source>
        <translation>Nur Produkte, die diesen Text enthalten.</translation>
    </message>
    <message>
        <source>Unknown provider “%1”: %2.</source>
        <translation>Unbekannter Anbieter „%1“: %2.</translation>
    </message>
    <message>
        <source>No account named “%1”.</source>
        <translation>Kein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>CSV or JSON file to write.</source>
        <translation>Zu schreibende CSV- oder JSON-Datei.</translation>
    </message>
    <message>
        <source>Usage: pricebook-cli export FILE [--provider P] [--account NAME] [--filter TEXT]
</source>
        <translation>Aufruf: pricebook-cli export DATEI [--provider P] [--account NAME] [--filter TEXT]
</translation>
    </message>
    <message>
        <source>Cannot read the catalog %1: %2
Nothing was exported; %3 was not written.
</source>
        <translation>Der Katalog %1 kann nicht gelesen werden: %2
Es wurde nichts exportiert; %3 wurde nicht geschrieben.
</translation>
    </message>
    <message>
        <source>Cannot write %1: %2
</source>
        <translation>%1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>Exported 1 product to %1.
</source>
        <translation>1 Produkt nach %1 exportiert.
</translation>
    </message>
    <message>
        <source>Exported %1 products to %2.
</source>
        <translation>%1 Produkte nach %2 exportiert.
</translation>
    </message>
    <message>
        <source>CSV or JSON file.</source>
        <translation>CSV- oder JSON-Datei.</translation>
    </message>
    <message>
        <source>Provider for rows without one.</source>
        <translation>Anbieter für Zeilen ohne Anbieter.</translation>
    </message>
    <message>
        <source>Account for rows without one.</source>
        <translation>Konto für Zeilen ohne Konto.</translation>
    </message>
    <message>
        <source>Import the valid rows even when others are not.</source>
        <translation>Die gültigen Zeilen importieren, auch wenn andere ungültig sind.</translation>
    </message>
    <message>
        <source>Read a file column as a Pricebook column, e.g. &quot;Product Name=name&quot; (repeatable).</source>
        <translation>Eine Spalte der Datei als Pricebook-Spalte lesen, z. B. &quot;Produktname=name&quot; (mehrfach möglich).</translation>
    </message>
    <message>
        <source>How amounts are written, e.g. de_DE for 1.000,50 (default: 1,000.50).</source>
        <translation>Wie Beträge geschrieben sind, z. B. de_DE für 1.000,50 (Standard: 1,000.50).</translation>
    </message>
    <message>
        <source>CSV columns: %1.</source>
        <translation>CSV-Spalten: %1.</translation>
    </message>
    <message>
        <source>Usage: pricebook-cli import FILE [--provider P] [--account NAME] [--valid-only]
</source>
        <translation>Aufruf: pricebook-cli import DATEI [--provider P] [--account NAME] [--valid-only]
</translation>
    </message>
    <message>
        <source>--map takes &quot;file column=Pricebook column&quot;.
</source>
        <translation>--map nimmt &quot;Spalte der Datei=Pricebook-Spalte&quot;.
</translation>
    </message>
    <message>
        <source>Unknown provider.
</source>
        <translation>Unbekannter Anbieter.
</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>1 row read, %1 valid, %2 imported.</source>
        <translation>1 Zeile gelesen, %1 gültig, %2 importiert.</translation>
    </message>
    <message>
        <source>%1 rows read, %2 valid, %3 imported.</source>
        <translation>%1 Zeilen gelesen, %2 gültig, %3 importiert.</translation>
    </message>
    <message>
        <source> Nothing was imported because some rows are invalid; fix them, or add --valid-only.</source>
        <translation> Es wurde nichts importiert, weil einige Zeilen ungültig sind; korrigieren Sie sie oder fügen Sie --valid-only hinzu.</translation>
    </message>
    <message>
        <source>The submission&apos;s idempotency key, for providers that take one.</source>
        <translation>Der Idempotenzschlüssel der Übermittlung, für Anbieter, die einen annehmen.</translation>
    </message>
    <message>
        <source>Print curl commands (the key is read from $PRICEBOOK_API_KEY).</source>
        <translation>curl-Befehle ausgeben (der Schlüssel wird aus $PRICEBOOK_API_KEY gelesen).</translation>
    </message>
    <message>
        <source>Usage: pricebook-cli preview --provider P [--operation create|update] FILE</source>
        <translation>Aufruf: pricebook-cli preview --provider P [--operation create|update] DATEI</translation>
    </message>
    <message>
        <source>step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 4).</source>
        <translation>Gleichzeitig laufende Anfragen (Standard 4).</translation>
    </message>
    <message>
        <source>Products per second per account (default: the provider&apos;s limit).</source>
        <translation>Produkte pro Sekunde und Konto (Standard: das Limit des Anbieters).</translation>
    </message>
    <message>
        <source><byte value="xd"/>%1/%2 done, %3 ok, %4 with problems%5   </source>
        <translation><byte value="xd"/>%1/%2 erledigt, %3 in Ordnung, %4 mit Problemen%5   </translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <source>
Stopping: no new requests; waiting up to %1 s for the %2 in flight. Press Ctrl-C again to stop at once.
</source>
        <translation>
Wird beendet: keine neuen Anfragen; bis zu %1 s wird auf die %2 laufenden gewartet. Drücken Sie erneut Strg+C, um sofort zu beenden.
</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (default: any free port).</source>
        <translation>Port auf 127.0.0.1 (Standard: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Requests per second per provider (default: none).</source>
        <translation>Anfragen pro Sekunde und Anbieter (Standard: keine Grenze).</translation>
    </message>
    <message>
        <source>Faults as JSON, e.g. {&quot;drop_after&quot;:0.1,&quot;latency_ms&quot;:200}.</source>
        <translation>Fehler als JSON, z. B. {&quot;drop_after&quot;:0.1,&quot;latency_ms&quot;:200}.</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535.
</source>
        <translation>--port nimmt eine Zahl von 0 bis 65535.
</translation>
    </message>
    <message>
        <source>--faults is not a JSON object: %1
</source>
        <translation>--faults ist kein JSON-Objekt: %1
</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2
</source>
        <translation>Auf 127.0.0.1:%1 kann nicht gelauscht werden: %2
</translation>
    </message>
    <message>
        <source>Sandbox listening on %1 (%2). Stop it with Ctrl+C.
</source>
        <translation>Sandbox lauscht auf %1 (%2). Beenden Sie sie mit Strg+C.
</translation>
    </message>
    <message>
        <source>not a Pricebook state file (%1)</source>
        <translation>keine Pricebook-Zustandsdatei (%1)</translation>
    </message>
    <message>
        <source>Keep each product&apos;s progress in this file and resume from it.</source>
        <translation>Den Fortschritt jedes Produkts in dieser Datei festhalten und dort fortsetzen.</translation>
    </message>
    <message>
        <source>Usage: pricebook-cli submit --provider P [--base-url URL] [--operation create|update --remote-id ID] FILE</source>
        <translation>Aufruf: pricebook-cli submit --provider P [--base-url URL] [--operation create|update --remote-id ID] DATEI</translation>
    </message>
    <message>
        <source>Set PRICEBOOK_API_KEY to the account&apos;s API key; keys are never taken as arguments.
</source>
        <translation>Setzen Sie PRICEBOOK_API_KEY auf den API-Schlüssel des Kontos; Schlüssel werden nie als Argumente angenommen.
</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>Nothing was sent: fix the file first.
</source>
        <translation>Es wurde nichts gesendet: Korrigieren Sie zuerst die Datei.
</translation>
    </message>
    <message>
        <source>Cannot read the state file: %1
</source>
        <translation>Die Zustandsdatei kann nicht gelesen werden: %1
</translation>
    </message>
    <message>
        <source>Stopping: no new requests; waiting up to %1 s for the one in flight. Press Ctrl-C again to stop at once.
</source>
        <translation>Wird beendet: keine neuen Anfragen; bis zu %1 s wird auf die laufende gewartet. Drücken Sie erneut Strg+C, um sofort zu beenden.
</translation>
    </message>
    <message>
        <source>Not sent: stopped by a signal.</source>
        <translation>Nicht gesendet: durch ein Signal beendet.</translation>
    </message>
    <message>
        <source>not sent: stopped by a signal</source>
        <translation>nicht gesendet: durch ein Signal beendet</translation>
    </message>
    <message>
        <source>[%1] %2 (%3/%4)
</source>
        <translation>[%1] %2 (%3/%4)
</translation>
    </message>
    <message>
        <source>[%1] retrying in %2 ms (attempt %3)
</source>
        <translation>[%1] neuer Versuch in %2 ms (Versuch %3)
</translation>
    </message>
    <message>
        <source>Could not save progress to the state file: %1
</source>
        <translation>Der Fortschritt konnte nicht in der Zustandsdatei gespeichert werden: %1
</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>To finish it, run the same command again with --state %1: it resumes at the failed step and creates nothing twice.</source>
        <translation>Um es abzuschließen, führen Sie denselben Befehl erneut mit --state %1 aus: Er setzt beim fehlgeschlagenen Schritt fort und legt nichts doppelt an.</translation>
    </message>
    <message>
        <source>To finish it, save {&quot;%1&quot;: %2} as a file and run the same command again with --state FILE: it resumes at the failed step. Run without it, the command creates a second product.</source>
        <translation>Um es abzuschließen, speichern Sie {&quot;%1&quot;: %2} als Datei und führen Sie denselben Befehl erneut mit --state DATEI aus: Er setzt beim fehlgeschlagenen Schritt fort. Ohne diese Option legt der Befehl ein zweites Produkt an.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>%1 aktualisiert</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>partly done — the step “%1” failed after %2 was created: %3</source>
        <translation>teilweise erledigt – der Schritt „%1“ schlug fehl, nachdem %2 angelegt war: %3</translation>
    </message>
    <message>
        <source>Stopped by a signal: run the same command again (with --state FILE) to send the rest.
</source>
        <translation>Durch ein Signal beendet: Führen Sie denselben Befehl erneut aus (mit --state DATEI), um den Rest zu senden.
</translation>
    </message>
    <message>
        <source>Usage: pricebook-cli validate --provider P [--json] FILE</source>
        <translation>Aufruf: pricebook-cli validate --provider P [--json] DATEI</translation>
    </message>
    <message>
        <source>valid for %1</source>
        <translation>gültig für %1</translation>
    </message>
    <message>
        <source>not valid for %1</source>
        <translation>nicht gültig für %1</translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3.</source>
        <translation>Neu: %1, aktualisiert: %2, unverändert: %3.</translation>
    </message>
    <message>
        <source>Keep what is created in this file, so that it is still there after a restart (default: in memory only).</source>
        <translation>Das Angelegte in dieser Datei festhalten, damit es nach einem Neustart noch vorhanden ist (Standard: nur im Speicher).</translation>
    </message>
    <message>
        <source>The catalog: a SQLite file, or a team catalog postgresql://user@host:port/database?sslmode=verify-full (default: $PRICEBOOK_CATALOG, else the one in the data folder).</source>
        <translation>Der Katalog: eine SQLite-Datei oder ein Team-Katalog postgresql://user@host:port/database?sslmode=verify-full (Standard: $PRICEBOOK_CATALOG, sonst der im Datenordner).</translation>
    </message>
    <message>
        <source>Archives the matching products on their providers, each the provider&apos;s way. The local products are kept and marked archived. Only products already on their provider are sent.</source>
        <translation>Archiviert die passenden Produkte bei ihren Anbietern, jeweils so, wie der Anbieter es vorsieht. Die Produkte hier bleiben und werden als archiviert markiert. Gesendet werden nur Produkte, die schon beim Anbieter sind.</translation>
    </message>
    <message>
        <source>Makes the matching archived products active again on their providers.</source>
        <translation>Macht die passenden archivierten Produkte bei ihren Anbietern wieder aktiv.</translation>
    </message>
    <message>
        <source>Only this catalog product (an id; may be repeated).</source>
        <translation>Nur dieses Katalogprodukt (eine ID; mehrfach möglich).</translation>
    </message>
    <message>
        <source>No product with the id “%1” in the catalog.</source>
        <translation>Kein Produkt mit der ID „%1“ im Katalog.</translation>
    </message>
    <message>
        <source>Apply exactly this plan (the output of `plan --json`); a product whose plan changed since is refused.</source>
        <translation>Genau diesen Plan anwenden (die Ausgabe von `plan --json`); ein Produkt, dessen Plan sich seitdem geändert hat, wird abgelehnt.</translation>
    </message>
    <message>
        <source>Products in flight at once (default 4).</source>
        <translation>Gleichzeitig bearbeitete Produkte (Standard 4).</translation>
    </message>
    <message>
        <source>Cannot read the plan %1: %2
</source>
        <translation>Der Plan %1 kann nicht gelesen werden: %2
</translation>
    </message>
    <message>
        <source>The plan %1 cannot be read: %2
</source>
        <translation>Der Plan %1 ist nicht lesbar: %2
</translation>
    </message>
    <message>
        <source><byte value="xd"/>%1/%2 done   </source>
        <translation><byte value="xd"/>%1/%2 erledigt   </translation>
    </message>
    <message>
        <source>
Stopping: the steps in flight are cancelled; what was done is recorded. Run the same apply again to go on.
</source>
        <translation>
Wird beendet: Die laufenden Schritte werden abgebrochen; was erledigt ist, ist festgehalten. Führen Sie denselben apply-Befehl erneut aus, um fortzufahren.
</translation>
    </message>
    <message>
        <source>%1 uses a live key: this changes real customers&apos; catalog. Go on? [y/N] </source>
        <translation>%1 verwendet einen Live-Schlüssel: Das ändert den Katalog echter Kunden. Fortfahren? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was sent.
</source>
        <translation>Es wurde nichts gesendet.
</translation>
    </message>
    <message>
        <source>%1 uses a live key; nothing was sent. Run again with --live to send to live accounts.
</source>
        <translation>%1 verwendet einen Live-Schlüssel; es wurde nichts gesendet. Führen Sie den Befehl mit --live erneut aus, um an Live-Konten zu senden.
</translation>
    </message>
    <message>
        <source>Allow sending to accounts with a live key (without it, a live account is refused unless a person at a terminal answers yes).</source>
        <translation>Senden an Konten mit Live-Schlüssel erlauben (ohne diese Option wird ein Live-Konto abgelehnt, außer eine Person am Terminal antwortet mit Ja).</translation>
    </message>
    <message>
        <source>Stopped by a signal: %1 of %2 products were not sent; run the same command again to send them.
</source>
        <translation>Durch ein Signal beendet: %1 von %2 Produkten wurden nicht gesendet; führen Sie denselben Befehl erneut aus, um sie zu senden.
</translation>
    </message>
    <message>
        <source>Usage: pricebook-cli COMMAND [options] FILE

Commands:
  validate --provider P [--json] FILE
      Check every product in FILE against the provider&apos;s rules.
  preview --provider P [--operation create|update] [--remote-id ID] [account options] [--curl] [--json] FILE
      Print the exact requests the provider would receive; keys show as ***.
      Account options: --base-url URL,
      %1,
      --idempotency-key KEY.
  submit --provider P [--operation create|update --remote-id ID] [account options] [--state FILE] [--json] FILE
      Send the products in FILE. The API key is read from $PRICEBOOK_API_KEY, never from an argument.
      --state FILE keeps each product&apos;s progress, so running the same command again resumes
      instead of creating anything twice.
  sandbox [--port N] [--rate-limit PER_SECOND] [--faults JSON]
      Run the local emulator of every provider on 127.0.0.1 until stopped. Point an
      account&apos;s base URL at it; any non-empty key is accepted.

Catalog commands (the app&apos;s catalog; --data-dir DIR or $PRICEBOOK_DATA_DIR chooses another folder,
--catalog FILE-OR-URL or $PRICEBOOK_CATALOG another catalog, such as a team catalog on PostgreSQL):
  accounts list [--json]
  accounts add --provider P --name NAME [--base-url URL] [account options] [--key-env VAR] [--key-stdin]
      --key-env names an environment variable that holds the key (automation);
      --key-stdin reads the key from standard input into the system keychain.
  accounts remove NAME|ID        (also deletes its key from the keychain)
  import FILE.csv|FILE.json [--provider P] [--account NAME] [--map &quot;FROM=TO&quot;]... [--locale NAME] [--valid-only] [--json]
      Checks every row; imports all rows, or none when one is invalid (--valid-only: the valid ones).
  export FILE.csv|FILE.json [--provider P] [--account NAME] [--filter TEXT]
  push [--provider P] [--account NAME] [--filter TEXT] [--concurrency N] [--rate PER_SECOND] [--json]
      Sends the matching products to their accounts; running it again resumes and never
      creates a product twice. Progress goes to standard error. An account with a live key
      is refused unless --live is given or a person at a terminal answers yes.
  archive|restore [--provider P] [--account NAME] [--filter TEXT] [--product ID]... [--live] [--json]
      Archives the matching products on their providers, or makes them active again; the
      local products stay, marked archived or active. A provider that offers no archive is
      named with the reason, and nothing is sent for it.
  clone --to-account NAME [--provider P] [--account NAME] [--filter TEXT] [--json]
      Copies the matching products as drafts for another account (or provider) and lists
      what the target cannot carry or still needs. Nothing is sent.
  edit ID [--name NAME] [--description TEXT] [--status STATUS] [--expect-version V] [--json]
      Changes a product; with --expect-version only while nobody else changed it since
      (otherwise exit 6 and nothing is written).
  catalog copy --from SRC --to DST [--json]
      Copies a whole catalog (a SQLite file or a postgresql:// team catalog) into an empty
      one, and checks the copy by the rows and a checksum of every table.
  pull --account NAME [--id REMOTE_ID]... [--rate PER_SECOND] [--json]
      Adopts the account&apos;s products and all their prices or plans as synced products;
      running it again updates them instead of adding them twice. --id reads products by id
      (for a provider with no product list).
  plan [--provider P] [--account NAME] [--filter TEXT] [--json]
      Prints the ordered operations sending the matching products would make, the provider&apos;s
      way (a new price made the default before the old one is archived, ...); sends nothing.
  apply [--provider P] [--account NAME] [--filter TEXT] [--plan FILE] [--concurrency N] [--json]
      Applies that plan step by step (--plan: exactly the plan `plan --json` wrote, refusing a
      product whose plan changed since); running it again resumes after the last step done.
  check [--provider P] [--account NAME] [--filter TEXT] [--unknown] [--resend-not-found] [--json]
      Reads the matching products from their providers and prints each one&apos;s verdict (in step,
      changed here, changed on the provider, conflict, gone) with every field that differs, as
      last synced, here and there. A create whose outcome was unknown is looked for and, found,
      linked; --resend-not-found sends again those the provider does not have. Exit 0 when
      every product is in step, 5 when something differs or could not be checked.

Providers: %2. FILE is a Pricebook product document
(docs/product-format.md): one product, an array, or {&quot;pricebook&quot;: 1, &quot;products&quot;: [...]}.

--language CODE (any command) prints messages in that language (en, de) instead of the
system&apos;s.

Exit codes: 0 success, 1 unreadable file, 2 invalid input, 3 provider rejection,
4 network failure, timeout or outcome unknown, 5 partly done, 6 changed by someone else meanwhile
(nothing written), 64 wrong usage.
</source>
        <translation>Aufruf: pricebook-cli BEFEHL [Optionen] DATEI

Befehle:
  validate --provider P [--json] DATEI
      Prüft jedes Produkt in DATEI gegen die Regeln des Anbieters.
  preview --provider P [--operation create|update] [--remote-id ID] [Kontooptionen] [--curl] [--json] DATEI
      Gibt die genauen Anfragen aus, die der Anbieter erhalten würde; Schlüssel erscheinen als ***.
      Kontooptionen: --base-url URL,
      %1,
      --idempotency-key KEY.
  submit --provider P [--operation create|update --remote-id ID] [Kontooptionen] [--state DATEI] [--json] DATEI
      Sendet die Produkte in DATEI. Der API-Schlüssel wird aus $PRICEBOOK_API_KEY gelesen, nie aus einem Argument.
      --state DATEI hält den Fortschritt jedes Produkts fest, sodass derselbe Befehl beim erneuten Ausführen fortsetzt,
      statt etwas doppelt anzulegen.
  sandbox [--port N] [--rate-limit PER_SECOND] [--faults JSON]
      Startet den lokalen Emulator aller Anbieter auf 127.0.0.1, bis er beendet wird. Richten Sie die
      Basis-URL eines Kontos darauf; jeder nicht leere Schlüssel wird angenommen.

Katalogbefehle (der Katalog der App; --data-dir DIR oder $PRICEBOOK_DATA_DIR wählt einen anderen Ordner,
--catalog DATEI-ODER-URL oder $PRICEBOOK_CATALOG einen anderen Katalog, etwa einen Team-Katalog auf PostgreSQL):
  accounts list [--json]
  accounts add --provider P --name NAME [--base-url URL] [Kontooptionen] [--key-env VAR] [--key-stdin]
      --key-env nennt eine Umgebungsvariable, die den Schlüssel enthält (Automatisierung);
      --key-stdin liest den Schlüssel von der Standardeingabe in den Schlüsselbund des Systems.
  accounts remove NAME|ID        (löscht auch seinen Schlüssel aus dem Schlüsselbund)
  import DATEI.csv|DATEI.json [--provider P] [--account NAME] [--map &quot;FROM=TO&quot;]... [--locale NAME] [--valid-only] [--json]
      Prüft jede Zeile; importiert alle Zeilen oder keine, wenn eine ungültig ist (--valid-only: die gültigen).
  export DATEI.csv|DATEI.json [--provider P] [--account NAME] [--filter TEXT]
  push [--provider P] [--account NAME] [--filter TEXT] [--concurrency N] [--rate PER_SECOND] [--json]
      Sendet die passenden Produkte an ihre Konten; erneutes Ausführen setzt fort und legt nie
      ein Produkt doppelt an. Der Fortschritt geht auf die Standardfehlerausgabe. Ein Konto mit
      Live-Schlüssel wird abgelehnt, außer mit --live oder wenn eine Person am Terminal mit Ja antwortet.
  archive|restore [--provider P] [--account NAME] [--filter TEXT] [--product ID]... [--live] [--json]
      Archiviert die passenden Produkte bei ihren Anbietern oder macht sie wieder aktiv; die
      Produkte hier bleiben, als archiviert oder aktiv markiert. Ein Anbieter ohne Archivieren
      wird mit dem Grund genannt, und für ihn wird nichts gesendet.
  clone --to-account NAME [--provider P] [--account NAME] [--filter TEXT] [--json]
      Kopiert die passenden Produkte als Entwürfe für ein anderes Konto (oder einen anderen Anbieter) und listet auf,
      was das Ziel nicht übernehmen kann oder noch braucht. Es wird nichts gesendet.
  edit ID [--name NAME] [--description TEXT] [--status STATUS] [--expect-version V] [--json]
      Ändert ein Produkt; mit --expect-version nur, solange es seitdem niemand anderes geändert hat
      (sonst Exit-Code 6, und nichts wird geschrieben).
  catalog copy --from SRC --to DST [--json]
      Kopiert einen ganzen Katalog (eine SQLite-Datei oder einen postgresql://-Team-Katalog) in einen leeren
      und prüft die Kopie anhand der Zeilen und einer Prüfsumme jeder Tabelle.
  pull --account NAME [--id REMOTE_ID]... [--rate PER_SECOND] [--json]
      Übernimmt die Produkte des Kontos mit all ihren Preisen oder Plänen als synchronisierte Produkte;
      erneutes Ausführen aktualisiert sie, statt sie doppelt hinzuzufügen. --id liest Produkte über ihre ID
      (für einen Anbieter ohne Produktliste).
  plan [--provider P] [--account NAME] [--filter TEXT] [--json]
      Gibt die geordneten Operationen aus, die das Senden der passenden Produkte ausführen würde, so wie der
      Anbieter es verlangt (ein neuer Preis wird zum Standard, bevor der alte archiviert wird, ...); sendet nichts.
  apply [--provider P] [--account NAME] [--filter TEXT] [--plan FILE] [--concurrency N] [--json]
      Wendet diesen Plan Schritt für Schritt an (--plan: genau den Plan, den `plan --json` geschrieben hat; ein
      Produkt, dessen Plan sich seitdem geändert hat, wird abgelehnt); erneutes Ausführen setzt nach dem letzten erledigten Schritt fort.
  check [--provider P] [--account NAME] [--filter TEXT] [--unknown] [--resend-not-found] [--json]
      Liest die passenden Produkte bei ihren Anbietern und gibt für jedes den Befund aus (abgeglichen,
      hier geändert, beim Anbieter geändert, Widerspruch, verschwunden) mit jedem abweichenden Feld, wie
      zuletzt synchronisiert, hier und dort. Ein Anlegen mit unbekanntem Ergebnis wird gesucht und, gefunden,
      verknüpft; --resend-not-found sendet die erneut, die der Anbieter nicht hat. Exit 0, wenn jedes
      Produkt abgeglichen ist, 5, wenn etwas abweicht oder nicht geprüft werden konnte.

Anbieter: %2. DATEI ist ein Pricebook-Produktdokument
(docs/product-format.md): ein Produkt, ein Array oder {&quot;pricebook&quot;: 1, &quot;products&quot;: [...]}.

--language CODE (bei jedem Befehl) gibt Meldungen in dieser Sprache (en, de) aus statt in der
des Systems.

Exit-Codes: 0 Erfolg, 1 unlesbare Datei, 2 ungültige Eingabe, 3 vom Anbieter abgelehnt,
4 Netzwerkfehler, Zeitüberschreitung oder Ergebnis unbekannt, 5 teilweise erledigt, 6 zwischenzeitlich von jemand anderem geändert
(nichts geschrieben), 64 falscher Aufruf.
</translation>
    </message>
</context>
<context>
    <name>Clone</name>
    <message>
        <source>price %1: %2</source>
        <translation>Preis %1: %2</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>UAE dirham</source>
        <translation>VAE-Dirham</translation>
    </message>
    <message>
        <source>Afghan afghani</source>
        <translation>Afghanischer Afghani</translation>
    </message>
    <message>
        <source>Albanian lek</source>
        <translation>Albanischer Lek</translation>
    </message>
    <message>
        <source>Armenian dram</source>
        <translation>Armenischer Dram</translation>
    </message>
    <message>
        <source>Netherlands Antillean guilder</source>
        <translation>Niederländische-Antillen-Gulden</translation>
    </message>
    <message>
        <source>Angolan kwanza</source>
        <translation>Angolanischer Kwanza</translation>
    </message>
    <message>
        <source>Argentine peso</source>
        <translation>Argentinischer Peso</translation>
    </message>
    <message>
        <source>Australian dollar</source>
        <translation>Australischer Dollar</translation>
    </message>
    <message>
        <source>Aruban florin</source>
        <translation>Aruba-Florin</translation>
    </message>
    <message>
        <source>Azerbaijani manat</source>
        <translation>Aserbaidschan-Manat</translation>
    </message>
    <message>
        <source>Bosnia-Herzegovina mark</source>
        <translation>Konvertible Mark (Bosnien und Herzegowina)</translation>
    </message>
    <message>
        <source>Barbadian dollar</source>
        <translation>Barbados-Dollar</translation>
    </message>
    <message>
        <source>Bangladeshi taka</source>
        <translation>Bangladesch-Taka</translation>
    </message>
    <message>
        <source>Bulgarian lev</source>
        <translation>Bulgarischer Lew</translation>
    </message>
    <message>
        <source>Bahraini dinar</source>
        <translation>Bahrain-Dinar</translation>
    </message>
    <message>
        <source>Burundian franc</source>
        <translation>Burundi-Franc</translation>
    </message>
    <message>
        <source>Bermudan dollar</source>
        <translation>Bermuda-Dollar</translation>
    </message>
    <message>
        <source>Brunei dollar</source>
        <translation>Brunei-Dollar</translation>
    </message>
    <message>
        <source>Bolivian boliviano</source>
        <translation>Bolivianischer Boliviano</translation>
    </message>
    <message>
        <source>Brazilian real</source>
        <translation>Brasilianischer Real</translation>
    </message>
    <message>
        <source>Bahamian dollar</source>
        <translation>Bahamas-Dollar</translation>
    </message>
    <message>
        <source>Bhutanese ngultrum</source>
        <translation>Bhutan-Ngultrum</translation>
    </message>
    <message>
        <source>Botswanan pula</source>
        <translation>Botswanischer Pula</translation>
    </message>
    <message>
        <source>Belarusian ruble</source>
        <translation>Belarus-Rubel</translation>
    </message>
    <message>
        <source>Belize dollar</source>
        <translation>Belize-Dollar</translation>
    </message>
    <message>
        <source>Canadian dollar</source>
        <translation>Kanadischer Dollar</translation>
    </message>
    <message>
        <source>Congolese franc</source>
        <translation>Kongo-Franc</translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation>Schweizer Franken</translation>
    </message>
    <message>
        <source>Chilean unit of account (UF)</source>
        <translation>Chilenische Rechnungseinheit (UF)</translation>
    </message>
    <message>
        <source>Chilean peso</source>
        <translation>Chilenischer Peso</translation>
    </message>
    <message>
        <source>Chinese yuan</source>
        <translation>Chinesischer Yuan</translation>
    </message>
    <message>
        <source>Colombian peso</source>
        <translation>Kolumbianischer Peso</translation>
    </message>
    <message>
        <source>Costa Rican colón</source>
        <translation>Costa-Rica-Colón</translation>
    </message>
    <message>
        <source>Cuban peso</source>
        <translation>Kubanischer Peso</translation>
    </message>
    <message>
        <source>Cape Verdean escudo</source>
        <translation>Cabo-Verde-Escudo</translation>
    </message>
    <message>
        <source>Czech koruna</source>
        <translation>Tschechische Krone</translation>
    </message>
    <message>
        <source>Djiboutian franc</source>
        <translation>Dschibuti-Franc</translation>
    </message>
    <message>
        <source>Danish krone</source>
        <translation>Dänische Krone</translation>
    </message>
    <message>
        <source>Dominican peso</source>
        <translation>Dominikanischer Peso</translation>
    </message>
    <message>
        <source>Algerian dinar</source>
        <translation>Algerischer Dinar</translation>
    </message>
    <message>
        <source>Egyptian pound</source>
        <translation>Ägyptisches Pfund</translation>
    </message>
    <message>
        <source>Eritrean nakfa</source>
        <translation>Eritreischer Nakfa</translation>
    </message>
    <message>
        <source>Ethiopian birr</source>
        <translation>Äthiopischer Birr</translation>
    </message>
    <message>
        <source>euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>Fijian dollar</source>
        <translation>Fidschi-Dollar</translation>
    </message>
    <message>
        <source>Falkland Islands pound</source>
        <translation>Falkland-Pfund</translation>
    </message>
    <message>
        <source>British pound</source>
        <translation>Britisches Pfund</translation>
    </message>
    <message>
        <source>Georgian lari</source>
        <translation>Georgischer Lari</translation>
    </message>
    <message>
        <source>Ghanaian cedi</source>
        <translation>Ghanaischer Cedi</translation>
    </message>
    <message>
        <source>Gibraltar pound</source>
        <translation>Gibraltar-Pfund</translation>
    </message>
    <message>
        <source>Gambian dalasi</source>
        <translation>Gambia-Dalasi</translation>
    </message>
    <message>
        <source>Guinean franc</source>
        <translation>Guinea-Franc</translation>
    </message>
    <message>
        <source>Guatemalan quetzal</source>
        <translation>Guatemaltekischer Quetzal</translation>
    </message>
    <message>
        <source>Guyanaese dollar</source>
        <translation>Guyana-Dollar</translation>
    </message>
    <message>
        <source>Hong Kong dollar</source>
        <translation>Hongkong-Dollar</translation>
    </message>
    <message>
        <source>Honduran lempira</source>
        <translation>Honduras-Lempira</translation>
    </message>
    <message>
        <source>Haitian gourde</source>
        <translation>Haitianische Gourde</translation>
    </message>
    <message>
        <source>Hungarian forint</source>
        <translation>Ungarischer Forint</translation>
    </message>
    <message>
        <source>Indonesian rupiah</source>
        <translation>Indonesische Rupiah</translation>
    </message>
    <message>
        <source>Israeli new shekel</source>
        <translation>Israelischer Neuer Schekel</translation>
    </message>
    <message>
        <source>Indian rupee</source>
        <translation>Indische Rupie</translation>
    </message>
    <message>
        <source>Iraqi dinar</source>
        <translation>Irakischer Dinar</translation>
    </message>
    <message>
        <source>Iranian rial</source>
        <translation>Iranischer Rial</translation>
    </message>
    <message>
        <source>Icelandic króna</source>
        <translation>Isländische Krone</translation>
    </message>
    <message>
        <source>Jamaican dollar</source>
        <translation>Jamaika-Dollar</translation>
    </message>
    <message>
        <source>Jordanian dinar</source>
        <translation>Jordanischer Dinar</translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation>Japanischer Yen</translation>
    </message>
    <message>
        <source>Kenyan shilling</source>
        <translation>Kenia-Schilling</translation>
    </message>
    <message>
        <source>Kyrgystani som</source>
        <translation>Kirgisischer Som</translation>
    </message>
    <message>
        <source>Cambodian riel</source>
        <translation>Kambodschanischer Riel</translation>
    </message>
    <message>
        <source>Comorian franc</source>
        <translation>Komoren-Franc</translation>
    </message>
    <message>
        <source>North Korean won</source>
        <translation>Nordkoreanischer Won</translation>
    </message>
    <message>
        <source>South Korean won</source>
        <translation>Südkoreanischer Won</translation>
    </message>
    <message>
        <source>Kuwaiti dinar</source>
        <translation>Kuwait-Dinar</translation>
    </message>
    <message>
        <source>Cayman Islands dollar</source>
        <translation>Kaiman-Dollar</translation>
    </message>
    <message>
        <source>Kazakhstani tenge</source>
        <translation>Kasachischer Tenge</translation>
    </message>
    <message>
        <source>Laotian kip</source>
        <translation>Laotischer Kip</translation>
    </message>
    <message>
        <source>Lebanese pound</source>
        <translation>Libanesisches Pfund</translation>
    </message>
    <message>
        <source>Sri Lankan rupee</source>
        <translation>Sri-Lanka-Rupie</translation>
    </message>
    <message>
        <source>Liberian dollar</source>
        <translation>Liberianischer Dollar</translation>
    </message>
    <message>
        <source>Lesotho loti</source>
        <translation>Lesothischer Loti</translation>
    </message>
    <message>
        <source>Libyan dinar</source>
        <translation>Libyscher Dinar</translation>
    </message>
    <message>
        <source>Moroccan dirham</source>
        <translation>Marokkanischer Dirham</translation>
    </message>
    <message>
        <source>Moldovan leu</source>
        <translation>Moldauischer Leu</translation>
    </message>
    <message>
        <source>Malagasy ariary</source>
        <translation>Madagaskar-Ariary</translation>
    </message>
    <message>
        <source>Macedonian denar</source>
        <translation>Mazedonischer Denar</translation>
    </message>
    <message>
        <source>Myanmar kyat</source>
        <translation>Myanmarischer Kyat</translation>
    </message>
    <message>
        <source>Mongolian tugrik</source>
        <translation>Mongolischer Tögrög</translation>
    </message>
    <message>
        <source>Macanese pataca</source>
        <translation>Macao-Pataca</translation>
    </message>
    <message>
        <source>Mauritanian ouguiya</source>
        <translation>Mauretanischer Ouguiya</translation>
    </message>
    <message>
        <source>Mauritian rupee</source>
        <translation>Mauritius-Rupie</translation>
    </message>
    <message>
        <source>Maldivian rufiyaa</source>
        <translation>Malediven-Rufiyaa</translation>
    </message>
    <message>
        <source>Malawian kwacha</source>
        <translation>Malawi-Kwacha</translation>
    </message>
    <message>
        <source>Mexican peso</source>
        <translation>Mexikanischer Peso</translation>
    </message>
    <message>
        <source>Malaysian ringgit</source>
        <translation>Malaysischer Ringgit</translation>
    </message>
    <message>
        <source>Mozambican metical</source>
        <translation>Mosambikanischer Metical</translation>
    </message>
    <message>
        <source>Namibian dollar</source>
        <translation>Namibia-Dollar</translation>
    </message>
    <message>
        <source>Nigerian naira</source>
        <translation>Nigerianischer Naira</translation>
    </message>
    <message>
        <source>Nicaraguan córdoba</source>
        <translation>Nicaragua-Córdoba</translation>
    </message>
    <message>
        <source>Norwegian krone</source>
        <translation>Norwegische Krone</translation>
    </message>
    <message>
        <source>Nepalese rupee</source>
        <translation>Nepalesische Rupie</translation>
    </message>
    <message>
        <source>New Zealand dollar</source>
        <translation>Neuseeland-Dollar</translation>
    </message>
    <message>
        <source>Omani rial</source>
        <translation>Omanischer Rial</translation>
    </message>
    <message>
        <source>Panamanian balboa</source>
        <translation>Panamaischer Balboa</translation>
    </message>
    <message>
        <source>Peruvian sol</source>
        <translation>Peruanischer Sol</translation>
    </message>
    <message>
        <source>Papua New Guinean kina</source>
        <translation>Papua-Neuguineischer Kina</translation>
    </message>
    <message>
        <source>Philippine peso</source>
        <translation>Philippinischer Peso</translation>
    </message>
    <message>
        <source>Pakistani rupee</source>
        <translation>Pakistanische Rupie</translation>
    </message>
    <message>
        <source>Polish złoty</source>
        <translation>Polnischer Złoty</translation>
    </message>
    <message>
        <source>Paraguayan guarani</source>
        <translation>Paraguayischer Guaraní</translation>
    </message>
    <message>
        <source>Qatari riyal</source>
        <translation>Katar-Riyal</translation>
    </message>
    <message>
        <source>Romanian leu</source>
        <translation>Rumänischer Leu</translation>
    </message>
    <message>
        <source>Serbian dinar</source>
        <translation>Serbischer Dinar</translation>
    </message>
    <message>
        <source>Russian ruble</source>
        <translation>Russischer Rubel</translation>
    </message>
    <message>
        <source>Rwandan franc</source>
        <translation>Ruanda-Franc</translation>
    </message>
    <message>
        <source>Saudi riyal</source>
        <translation>Saudi-Rial</translation>
    </message>
    <message>
        <source>Solomon Islands dollar</source>
        <translation>Salomonen-Dollar</translation>
    </message>
    <message>
        <source>Seychellois rupee</source>
        <translation>Seychellen-Rupie</translation>
    </message>
    <message>
        <source>Sudanese pound</source>
        <translation>Sudanesisches Pfund</translation>
    </message>
    <message>
        <source>Swedish krona</source>
        <translation>Schwedische Krone</translation>
    </message>
    <message>
        <source>Singapore dollar</source>
        <translation>Singapur-Dollar</translation>
    </message>
    <message>
        <source>St. Helena pound</source>
        <translation>St.-Helena-Pfund</translation>
    </message>
    <message>
        <source>Sierra Leonean leone</source>
        <translation>Sierra-leonischer Leone</translation>
    </message>
    <message>
        <source>Somali shilling</source>
        <translation>Somalia-Schilling</translation>
    </message>
    <message>
        <source>Surinamese dollar</source>
        <translation>Suriname-Dollar</translation>
    </message>
    <message>
        <source>South Sudanese pound</source>
        <translation>Südsudanesisches Pfund</translation>
    </message>
    <message>
        <source>São Tomé and Príncipe dobra</source>
        <translation>São-toméischer Dobra</translation>
    </message>
    <message>
        <source>Salvadoran colón</source>
        <translation>El-Salvador-Colón</translation>
    </message>
    <message>
        <source>Syrian pound</source>
        <translation>Syrisches Pfund</translation>
    </message>
    <message>
        <source>Swazi lilangeni</source>
        <translation>Eswatini-Lilangeni</translation>
    </message>
    <message>
        <source>Thai baht</source>
        <translation>Thailändischer Baht</translation>
    </message>
    <message>
        <source>Tajikistani somoni</source>
        <translation>Tadschikistan-Somoni</translation>
    </message>
    <message>
        <source>Turkmenistani manat</source>
        <translation>Turkmenistan-Manat</translation>
    </message>
    <message>
        <source>Tunisian dinar</source>
        <translation>Tunesischer Dinar</translation>
    </message>
    <message>
        <source>Tongan paʻanga</source>
        <translation>Tongaischer Paʻanga</translation>
    </message>
    <message>
        <source>Turkish lira</source>
        <translation>Türkische Lira</translation>
    </message>
    <message>
        <source>Trinidad and Tobago dollar</source>
        <translation>Trinidad-und-Tobago-Dollar</translation>
    </message>
    <message>
        <source>New Taiwan dollar</source>
        <translation>Neuer Taiwan-Dollar</translation>
    </message>
    <message>
        <source>Tanzanian shilling</source>
        <translation>Tansania-Schilling</translation>
    </message>
    <message>
        <source>Ukrainian hryvnia</source>
        <translation>Ukrainische Hrywnja</translation>
    </message>
    <message>
        <source>Ugandan shilling</source>
        <translation>Uganda-Schilling</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>US-Dollar</translation>
    </message>
    <message>
        <source>Uruguayan peso</source>
        <translation>Uruguayischer Peso</translation>
    </message>
    <message>
        <source>Uzbekistani som</source>
        <translation>Usbekistan-Som</translation>
    </message>
    <message>
        <source>Venezuelan bolívar</source>
        <translation>Venezolanischer Bolívar</translation>
    </message>
    <message>
        <source>Vietnamese dong</source>
        <translation>Vietnamesischer Dong</translation>
    </message>
    <message>
        <source>Vanuatu vatu</source>
        <translation>Vanuatu-Vatu</translation>
    </message>
    <message>
        <source>Samoan tala</source>
        <translation>Samoanischer Tala</translation>
    </message>
    <message>
        <source>Central African CFA franc</source>
        <translation>CFA-Franc (BEAC)</translation>
    </message>
    <message>
        <source>East Caribbean dollar</source>
        <translation>Ostkaribischer Dollar</translation>
    </message>
    <message>
        <source>West African CFA franc</source>
        <translation>CFA-Franc (BCEAO)</translation>
    </message>
    <message>
        <source>CFP franc</source>
        <translation>CFP-Franc</translation>
    </message>
    <message>
        <source>Yemeni rial</source>
        <translation>Jemen-Rial</translation>
    </message>
    <message>
        <source>South African rand</source>
        <translation>Südafrikanischer Rand</translation>
    </message>
    <message>
        <source>Zambian kwacha</source>
        <translation>Sambischer Kwacha</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the catalog %1: %2</source>
        <translation>Der Katalog %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Pricebook catalog (%2).</source>
        <translation>%1 ist kein Pricebook-Katalog (%2).</translation>
    </message>
    <message>
        <source>The catalog %1 was written by a newer Pricebook (format %2; this one reads up to %3). It was left untouched; open it with the newer Pricebook.</source>
        <translation>Der Katalog %1 wurde von einem neueren Pricebook geschrieben (Format %2; dieses liest bis Format %3). Er wurde nicht verändert; öffnen Sie ihn mit dem neueren Pricebook.</translation>
    </message>
    <message>
        <source>Cannot prepare the catalog %1: %2</source>
        <translation>Der Katalog %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>Cannot update the catalog %1: %2</source>
        <translation>Der Katalog %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Updating the catalog %1 to format %2 failed, and nothing was changed: %3</source>
        <translation>Die Umstellung des Katalogs %1 auf Format %2 ist fehlgeschlagen; es wurde nichts verändert: %3</translation>
    </message>
    <message>
        <source>Updating the catalog %1 failed, and nothing was changed: %2</source>
        <translation>Die Umstellung des Katalogs %1 ist fehlgeschlagen; es wurde nichts verändert: %2</translation>
    </message>
    <message>
        <source>Cannot make a catalog in %1: the folder is read-only.</source>
        <translation>Im Ordner %1 kann kein Katalog angelegt werden: Der Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>This Pricebook cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver is not installed (on Debian: the package libqt6sql6-psql).</source>
        <translation>Dieses Pricebook kann PostgreSQL nicht erreichen: Der PostgreSQL-Treiber von Qt ist nicht installiert (unter Debian: das Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The catalog %1 is in an older format (%2) that this Pricebook must update before reading it, but it is read-only. Open it where it can be written, or make the folder writable.</source>
        <translation>Der Katalog %1 hat ein älteres Format (%2), das dieses Pricebook vor dem Lesen aktualisieren muss, aber er ist schreibgeschützt. Öffnen Sie ihn dort, wo er beschrieben werden kann, oder machen Sie den Ordner beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot prepare the catalog %1: another Pricebook process kept it busy for 10 s (%2).</source>
        <translation>Der Katalog %1 kann nicht vorbereitet werden: Ein anderer Pricebook-Prozess hat ihn 10 s lang belegt (%2).</translation>
    </message>
    <message>
        <source>The catalog %1 was just updated by a newer Pricebook (format %2); open it with that one.</source>
        <translation>Der Katalog %1 wurde gerade von einem neueren Pricebook aktualisiert (Format %2); öffnen Sie ihn mit diesem.</translation>
    </message>
    <message numerus="yes">
        <source>the database already holds %n other tables</source>
        <translation>
            <numerusform>die Datenbank enthält bereits %n andere Tabelle</numerusform>
            <numerusform>die Datenbank enthält bereits %n andere Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating the catalog %1 to format %2 was stopped before it finished; the catalog was left as it was, and the update starts again the next time it is opened.</source>
        <translation>Die Aktualisierung des Katalogs %1 auf Format %2 wurde vor ihrem Ende abgebrochen; der Katalog blieb, wie er war, und die Aktualisierung beginnt beim nächsten Öffnen von vorn.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pricebook</source>
        <translation>Pricebook</translation>
    </message>
    <message>
        <source>Search products (Ctrl+F)</source>
        <translation>Produkte suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Produkte suchen</translation>
    </message>
    <message>
        <source>Filter by provider</source>
        <translation>Nach Anbieter filtern</translation>
    </message>
    <message>
        <source>Filter by account</source>
        <translation>Nach Konto filtern</translation>
    </message>
    <message>
        <source>Filter by sync state</source>
        <translation>Nach Synchronisierungsstand filtern</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Produkt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;New product</source>
        <translation>&amp;Neues Produkt</translation>
    </message>
    <message>
        <source>Create a new product in the catalog</source>
        <translation>Ein neues Produkt im Katalog anlegen</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected product</source>
        <translation>Das ausgewählte Produkt kopieren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected products (undo brings them back)</source>
        <translation>Die ausgewählten Produkte löschen (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the product to the selected client account</source>
        <translation>Das Produkt an das gewählte Kundenkonto senden</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Update on provider</source>
        <translation>Beim Anbieter &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Send the changes the provider accepts to the product already there</source>
        <translation>Die Änderungen, die der Anbieter annimmt, an das dort vorhandene Produkt senden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>Senden a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop the request in progress</source>
        <translation>Die laufende Anfrage abbrechen</translation>
    </message>
    <message>
        <source>Show &amp;request</source>
        <translation>Anf&amp;rage anzeigen</translation>
    </message>
    <message>
        <source>Show the exact request for this product, keys hidden</source>
        <translation>Die genaue Anfrage für dieses Produkt anzeigen, Schlüssel verborgen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Den Katalog durchsuchen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>Add, change or remove client accounts and their keys</source>
        <translation>Kundenkonten und ihre Schlüssel hinzufügen, ändern oder entfernen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Pricebook (everything is already saved)</source>
        <translation>Pricebook schließen (alles ist bereits gespeichert)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>%1 amounts have no decimal places.</source>
        <translation>%1: Beträge haben keine Nachkommastellen.</translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimal places.</source>
        <translation>%1: Beträge haben höchstens %2 Nachkommastellen.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code Pricebook knows.</source>
        <translation>„%1“ ist kein Währungscode, den Pricebook kennt.</translation>
    </message>
    <message>
        <source>That is not an amount.</source>
        <translation>Das ist kein Betrag.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>The amount names another currency (%1), but this price is in %2.</source>
        <translation>Der Betrag nennt eine andere Währung (%1), dieser Preis ist aber in %2.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: it has more than one decimal point.</source>
        <translation>„%1“ ist kein Betrag: Er hat mehr als ein Dezimalzeichen.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: digit grouping after the decimal point.</source>
        <translation>„%1“ ist kein Betrag: Zifferngruppierung nach dem Dezimalzeichen.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: the digit grouping is wrong.</source>
        <translation>„%1“ ist kein Betrag: Die Zifferngruppierung ist falsch.</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Der Betrag darf nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>PlanApplier</name>
    <message>
        <source>“%1” was not applied: its plan changed since it was shown (%2). Look at the plan again.</source>
        <translation>„%1“ wurde nicht angewendet: Sein Plan hat sich geändert, seit er angezeigt wurde (%2). Sehen Sie sich den Plan erneut an.</translation>
    </message>
    <message>
        <source>Nothing to change on %1.</source>
        <translation>Bei %1 ist nichts zu ändern.</translation>
    </message>
    <message>
        <source>An earlier apply of “%1” stopped part way and the product has changed since; check it on %2 before applying again.</source>
        <translation>Ein früheres Anwenden von „%1“ brach mittendrin ab, und das Produkt hat sich seitdem geändert; prüfen Sie es bei %2, bevor Sie erneut anwenden.</translation>
    </message>
    <message>
        <source>An earlier attempt may have made “%1” on %2 already; check on %2 before applying again.</source>
        <translation>Ein früherer Versuch hat „%1“ bei %2 möglicherweise schon angelegt; prüfen Sie es bei %2, bevor Sie erneut anwenden.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent: cancelled.</source>
        <translation>Nicht gesendet: abgebrochen.</translation>
    </message>
    <message>
        <source>No API key for “%1”.</source>
        <translation>Kein API-Schlüssel für „%1“.</translation>
    </message>
    <message>
        <source>Pricebook cannot carry out this plan on %1; nothing was sent.</source>
        <translation>Pricebook kann diesen Plan bei %1 nicht ausführen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Änderungen anwenden</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s).</source>
        <translation>
            <numerusform>%n Änderung angewendet.</numerusform>
            <numerusform>%n Änderungen angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change was made on %1, but the catalog could not record it: %2. Apply again to record it.</source>
        <translation>Jede Änderung wurde bei %1 vorgenommen, aber der Katalog konnte es nicht festhalten: %2. Wenden Sie erneut an, um es festzuhalten.</translation>
    </message>
    <message>
        <source>(%1 of %2 steps done; apply again to resume.)</source>
        <translation>(%1 von %2 Schritten erledigt; wenden Sie erneut an, um fortzusetzen.)</translation>
    </message>
    <message>
        <source>(The result could not be recorded either: %1)</source>
        <translation>(Auch das Ergebnis konnte nicht festgehalten werden: %1)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Already synced</source>
        <translation>Bereits synchronisiert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Already archived</source>
        <translation>Bereits archiviert</translation>
    </message>
    <message>
        <source>Already active</source>
        <translation>Bereits aktiv</translation>
    </message>
    <message>
        <source>Nothing %1 keeps has changed: the product is as it was when last synced, so nothing was sent.</source>
        <translation>An nichts, was %1 speichert, hat sich etwas geändert: Das Produkt ist wie im zuletzt synchronisierten Stand, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Nothing %1 keeps has changed: what changed here (%2) is kept only in Pricebook, so nothing was sent.</source>
        <translation>An nichts, was %1 speichert, hat sich etwas geändert: Was hier geändert wurde (%2), speichert nur Pricebook, daher wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>PricingSummary</name>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>unit of value</source>
        <translation>Werteinheit</translation>
    </message>
    <message>
        <source>units of value</source>
        <translation>Werteinheiten</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmalig</translation>
    </message>
    <message>
        <source>per %1</source>
        <translation>pro %1</translation>
    </message>
    <message>
        <source>every %1 %2</source>
        <translation>alle %1 %2</translation>
    </message>
    <message>
        <source>billed once</source>
        <translation>einmalige Abrechnung</translation>
    </message>
    <message>
        <source>billing period not set</source>
        <translation>Abrechnungszeitraum nicht festgelegt</translation>
    </message>
    <message>
        <source>billed daily</source>
        <translation>tägliche Abrechnung</translation>
    </message>
    <message>
        <source>billed weekly</source>
        <translation>wöchentliche Abrechnung</translation>
    </message>
    <message>
        <source>billed yearly</source>
        <translation>jährliche Abrechnung</translation>
    </message>
    <message>
        <source>billed monthly</source>
        <translation>monatliche Abrechnung</translation>
    </message>
    <message>
        <source>billed every %1 %2</source>
        <translation>Abrechnung alle %1 %2</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>je %1</translation>
    </message>
    <message>
        <source>%1 flat</source>
        <translation>%1 pauschal</translation>
    </message>
    <message>
        <source> plus </source>
        <translation> plus </translation>
    </message>
    <message>
        <source>first %1 %2 at %3</source>
        <translation>erste %1 %2: %3</translation>
    </message>
    <message>
        <source>%1–%2 at %3</source>
        <translation>%1–%2: %3</translation>
    </message>
    <message>
        <source>any number of %1 at %2</source>
        <translation>beliebig viele %1: %2</translation>
    </message>
    <message>
        <source>%1 and above at %2</source>
        <translation>ab %1: %2</translation>
    </message>
    <message>
        <source>Volume tiers (all %1 at the tier reached)</source>
        <translation>Volumenstaffel (alle %1 zum Preis der erreichten Staffel)</translation>
    </message>
    <message>
        <source>Graduated tiers</source>
        <translation>Gestaffelte Preise</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source> (also %1)</source>
        <translation> (auch %1)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>, metered</source>
        <translation>, nutzungsbasiert</translation>
    </message>
    <message>
        <source>, tax inclusive</source>
        <translation>, inkl. Steuern</translation>
    </message>
    <message>
        <source>, plus tax</source>
        <translation>, zzgl. Steuern</translation>
    </message>
    <message>
        <source>Incomplete price: no currency</source>
        <translation>Unvollständiger Preis: keine Währung</translation>
    </message>
    <message>
        <source>Incomplete price: no tiers</source>
        <translation>Unvollständiger Preis: keine Staffeln</translation>
    </message>
    <message>
        <source>Incomplete price: tier %1 has no amount</source>
        <translation>Unvollständiger Preis: Staffel %1 hat keinen Betrag</translation>
    </message>
    <message>
        <source>, plus %1 %2</source>
        <translation>, plus %1 %2</translation>
    </message>
    <message>
        <source>Incomplete price: package price or size missing</source>
        <translation>Unvollständiger Preis: Paketpreis oder Paketgröße fehlt</translation>
    </message>
    <message>
        <source>%1 per %2 %3 (partial packages rounded %4), %5</source>
        <translation>%1 pro %2 %3 (angebrochene Pakete werden %4gerundet), %5</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ab</translation>
    </message>
    <message>
        <source>up</source>
        <translation>auf</translation>
    </message>
    <message>
        <source>minimum %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>suggested %1</source>
        <translation>empfohlen %1</translation>
    </message>
    <message>
        <source>maximum %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>Customer chooses the amount</source>
        <translation>Kunde wählt den Betrag</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>Incomplete price: no price per unit</source>
        <translation>Unvollständiger Preis: kein Preis pro Einheit</translation>
    </message>
    <message>
        <source>%1 per %2 up to %3 %4, then %5 per %2, %6</source>
        <translation>%1 pro %2 bis %3 %4, danach %5 pro %2, %6</translation>
    </message>
    <message>
        <source>%1 per %2, %3</source>
        <translation>%1 pro %2, %3</translation>
    </message>
    <message>
        <source>, overage %1 per %2</source>
        <translation>, Mehrverbrauch %1 pro %2</translation>
    </message>
    <message>
        <source>Incomplete price: no amount</source>
        <translation>Unvollständiger Preis: kein Betrag</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, includes %1 %2</source>
        <translation>, inklusive %1 %2</translation>
    </message>
    <message>
        <source>, then %1 per %2</source>
        <translation>, danach %1 pro %2</translation>
    </message>
    <message>
        <source>No price</source>
        <translation>Kein Preis</translation>
    </message>
</context>
<context>
    <name>ProductDocument</name>
    <message>
        <source>must be an object of text values</source>
        <translation>muss ein Objekt mit Textwerten sein</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be an object with height, length, width and weight</source>
        <translation>muss ein Objekt mit height, length, width und weight sein</translation>
    </message>
    <message>
        <source>must be a JSON object or null</source>
        <translation>muss ein JSON-Objekt oder null sein</translation>
    </message>
    <message>
        <source>must be an array of prices</source>
        <translation>muss ein Array von Preisen sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be an array of tiers</source>
        <translation>muss ein Array von Staffeln sein</translation>
    </message>
    <message>
        <source>must be an object of currency code to amount</source>
        <translation>muss ein Objekt von Währungscode zu Betrag sein</translation>
    </message>
    <message>
        <source>is not a field Pricebook knows</source>
        <translation>ist kein Feld, das Pricebook kennt</translation>
    </message>
    <message>
        <source>must be an array of text</source>
        <translation>muss ein Array von Texten sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a whole number (amounts are in the currency&apos;s smallest unit, e.g. cents)</source>
        <translation>muss eine ganze Zahl sein (Beträge stehen in der kleinsten Einheit der Währung, z. B. Cent)</translation>
    </message>
    <message>
        <source>as minor units it is %1; if you meant %2, write %3</source>
        <translation>in kleinsten Einheiten ist es %1; wenn Sie %2 meinten, schreiben Sie %3</translation>
    </message>
    <message>
        <source>as minor units it is %1</source>
        <translation>in kleinsten Einheiten ist es %1</translation>
    </message>
    <message>
        <source>has a decimal point or an exponent, but amounts are whole minor units (cents): %1.</source>
        <translation>hat ein Dezimalzeichen oder einen Exponenten, Beträge sind aber ganze kleinste Einheiten (Cent): %1.</translation>
    </message>
    <message>
        <source>must be a number with at most two decimal places</source>
        <translation>muss eine Zahl mit höchstens zwei Nachkommastellen sein</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>Die Datei ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (line %2).</source>
        <translation>Kein gültiges JSON: %1 (Zeile %2).</translation>
    </message>
    <message>
        <source>This file is in format version %1; this Pricebook reads version %2.</source>
        <translation>Diese Datei hat Formatversion %1; dieses Pricebook liest Version %2.</translation>
    </message>
    <message>
        <source>must be an array of products</source>
        <translation>muss ein Array von Produkten sein</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Anbieter</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Client &amp;account</source>
        <translation>Kunden&amp;konto</translation>
    </message>
    <message>
        <source>Client account</source>
        <translation>Kundenkonto</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Price shown</source>
        <translation>Angezeigter Preis</translation>
    </message>
    <message>
        <source>Add price</source>
        <translation>Preis hinzufügen</translation>
    </message>
    <message>
        <source>Add another price (a plan)</source>
        <translation>Einen weiteren Preis (einen Plan) hinzufügen</translation>
    </message>
    <message>
        <source>Remove price</source>
        <translation>Preis entfernen</translation>
    </message>
    <message>
        <source>Remove the price shown</source>
        <translation>Den angezeigten Preis entfernen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Weitere Optionen</translation>
    </message>
    <message>
        <source>Show or hide the optional fields</source>
        <translation>Die optionalen Felder ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Add another price</source>
        <translation>Einen weiteren Preis hinzufügen</translation>
    </message>
    <message>
        <source>Price %1 of %2</source>
        <translation>Preis %1 von %2</translation>
    </message>
    <message>
        <source>No price yet. Add one to sell this product.</source>
        <translation>Noch kein Preis. Fügen Sie einen hinzu, um dieses Produkt zu verkaufen.</translation>
    </message>
    <message>
        <source>Add plan</source>
        <translation>Plan hinzufügen</translation>
    </message>
    <message>
        <source>Add another plan</source>
        <translation>Einen weiteren Plan hinzufügen</translation>
    </message>
    <message>
        <source>Remove plan</source>
        <translation>Plan entfernen</translation>
    </message>
    <message>
        <source>Remove the plan shown</source>
        <translation>Den angezeigten Plan entfernen</translation>
    </message>
    <message>
        <source>Plan %1 of %2</source>
        <translation>Plan %1 von %2</translation>
    </message>
    <message>
        <source>No plan yet. Add one to sell this product.</source>
        <translation>Noch kein Plan. Fügen Sie einen hinzu, um dieses Produkt zu verkaufen.</translation>
    </message>
</context>
<context>
    <name>ProductFields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Product ID override</source>
        <translation>Eigene Produkt-ID</translation>
    </message>
    <message>
        <source>Unit label</source>
        <translation>Einheitenbezeichnung</translation>
    </message>
    <message>
        <source>Statement descriptor</source>
        <translation>Abrechnungstext</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Steuercode</translation>
    </message>
    <message>
        <source>Product page URL</source>
        <translation>URL der Produktseite</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Produkttyp</translation>
    </message>
    <message>
        <source>Image URL</source>
        <translation>Bild-URL</translation>
    </message>
    <message>
        <source>Custom data</source>
        <translation>Eigene Daten</translation>
    </message>
    <message>
        <source>Package height</source>
        <translation>Pakethöhe</translation>
    </message>
    <message>
        <source>Package length</source>
        <translation>Paketlänge</translation>
    </message>
    <message>
        <source>Package width</source>
        <translation>Paketbreite</translation>
    </message>
    <message>
        <source>Package weight</source>
        <translation>Paketgewicht</translation>
    </message>
    <message>
        <source>Shippable</source>
        <translation>Versandfähig</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Marketing features</source>
        <translation>Marketing-Merkmale</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>One-time or recurring</source>
        <translation>Einmalig oder wiederkehrend</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Abrechnungszeitraum</translation>
    </message>
    <message>
        <source>Billing every</source>
        <translation>Abrechnung alle</translation>
    </message>
    <message>
        <source>Pricing scheme</source>
        <translation>Preismodell</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Fractional amount</source>
        <translation>Bruchteilbetrag</translation>
    </message>
    <message>
        <source>Usage metric</source>
        <translation>Nutzungsmetrik</translation>
    </message>
    <message>
        <source>Included usage</source>
        <translation>Enthaltene Nutzung</translation>
    </message>
    <message>
        <source>Overage price</source>
        <translation>Mehrverbrauchspreis</translation>
    </message>
    <message>
        <source>Tiers mode</source>
        <translation>Staffelmodus</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Staffeln</translation>
    </message>
    <message>
        <source>Units per package</source>
        <translation>Einheiten pro Paket</translation>
    </message>
    <message>
        <source>Package rounding</source>
        <translation>Rundung angebrochener Pakete</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Mindestbetrag</translation>
    </message>
    <message>
        <source>Maximum amount</source>
        <translation>Höchstbetrag</translation>
    </message>
    <message>
        <source>Suggested amount</source>
        <translation>Empfohlener Betrag</translation>
    </message>
    <message>
        <source>Other currencies</source>
        <translation>Weitere Währungen</translation>
    </message>
    <message>
        <source>Tax behavior</source>
        <translation>Steuerbehandlung</translation>
    </message>
    <message>
        <source>Usage type</source>
        <translation>Nutzungsart</translation>
    </message>
    <message>
        <source>Meter ID</source>
        <translation>Zähler-ID</translation>
    </message>
    <message>
        <source>Usage aggregation</source>
        <translation>Nutzungsaggregation</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Planname</translation>
    </message>
    <message>
        <source>Plan description</source>
        <translation>Planbeschreibung</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer (SKU)</translation>
    </message>
    <message>
        <source>Plan unit label</source>
        <translation>Einheitenbezeichnung des Plans</translation>
    </message>
    <message>
        <source>Tax exempt</source>
        <translation>Steuerbefreit</translation>
    </message>
</context>
<context>
    <name>ProviderJob</name>
    <message>
        <source>Create product</source>
        <translation>Produkt anlegen</translation>
    </message>
    <message>
        <source>Update product</source>
        <translation>Produkt aktualisieren</translation>
    </message>
    <message>
        <source>Get product</source>
        <translation>Produkt abrufen</translation>
    </message>
    <message>
        <source>List products</source>
        <translation>Produkte auflisten</translation>
    </message>
    <message>
        <source>List plans</source>
        <translation>Pläne auflisten</translation>
    </message>
</context>
<context>
    <name>ProviderService</name>
    <message>
        <source>“%1” was not sent: it breaks %2&apos;s rules (%3).</source>
        <translation>„%1“ wurde nicht gesendet: Es verstößt gegen die Regeln von %2 (%3).</translation>
    </message>
    <message>
        <source>%1 offers no update.</source>
        <translation>%1 bietet keine Aktualisierung.</translation>
    </message>
    <message>
        <source>An update needs the provider&apos;s id of the product.</source>
        <translation>Eine Aktualisierung braucht die ID des Produkts beim Anbieter.</translation>
    </message>
    <message>
        <source>The update was not sent: %1</source>
        <translation>Die Aktualisierung wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>%1 offers no way to read one product.</source>
        <translation>%1 bietet keine Möglichkeit, ein einzelnes Produkt zu lesen.</translation>
    </message>
    <message>
        <source>%1 offers no product list.</source>
        <translation>%1 bietet keine Produktliste.</translation>
    </message>
    <message>
        <source>%1 has no plans to list.</source>
        <translation>%1 hat keine Pläne, die sich auflisten ließen.</translation>
    </message>
    <message>
        <source>ChatDash offers no safe way to send a create twice. Check the client&apos;s products in the ChatDash dashboard for “%1” before sending again.</source>
        <translation>ChatDash bietet keinen sicheren Weg, ein Anlegen zweimal zu senden. Suchen Sie in den Produkten des Kunden im ChatDash-Dashboard nach „%1“, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>Jani has no safe way to send a create twice. Look for “%1” among the account&apos;s products in Jani before sending again.</source>
        <translation>Jani bietet keinen sicheren Weg, ein Anlegen zweimal zu senden. Suchen Sie unter den Produkten des Kontos in Jani nach „%1“, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>Piriod has no safe way to send a create twice. List the workspace&apos;s products (and their plans) and look for “%1” before sending again.</source>
        <translation>Piriod bietet keinen sicheren Weg, ein Anlegen zweimal zu senden. Listen Sie die Produkte des Arbeitsbereichs (und ihre Pläne) auf und suchen Sie nach „%1“, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>Sending again is safe: Pricebook reuses this submission&apos;s idempotency key, so Stripe answers with the first result instead of creating a second “%1”. You can also look it up in Stripe.</source>
        <translation>Erneutes Senden ist sicher: Pricebook verwendet den Idempotenzschlüssel dieser Übermittlung wieder, sodass Stripe mit dem ersten Ergebnis antwortet, statt ein zweites „%1“ anzulegen. Sie können es auch in Stripe nachsehen.</translation>
    </message>
    <message>
        <source>%1 documents no product list: link existing products by their ids.</source>
        <translation>%1 dokumentiert keine Produktliste: Verknüpfen Sie vorhandene Produkte über ihre IDs.</translation>
    </message>
    <message>
        <source>%1 documents no way to read products, so Pricebook cannot pull them.</source>
        <translation>%1 dokumentiert keine Möglichkeit, Produkte zu lesen, daher kann Pricebook sie nicht abrufen.</translation>
    </message>
    <message>
        <source> once</source>
        <translation> einmalig</translation>
    </message>
    <message>
        <source>%1 does not let these change once the product exists: %2.</source>
        <translation>%1 lässt diese nicht ändern, sobald das Produkt existiert: %2.</translation>
    </message>
    <message>
        <source>update product %1 (%2)</source>
        <translation>Produkt %1 aktualisieren (%2)</translation>
    </message>
    <message>
        <source>%1 does not let the %2 change once the product exists.</source>
        <translation>%1 lässt %2 nicht ändern, sobald das Produkt existiert.</translation>
    </message>
    <message>
        <source>Archiving needs the provider&apos;s id of the product.</source>
        <translation>Zum Archivieren wird die ID des Produkts beim Anbieter gebraucht.</translation>
    </message>
    <message>
        <source>%1 documents no way to archive or restore a product.</source>
        <translation>%1 dokumentiert keine Möglichkeit, ein Produkt zu archivieren oder wiederherzustellen.</translation>
    </message>
    <message>
        <source>%1 documents no dashboard address for a product.</source>
        <translation>%1 dokumentiert keine Dashboard-Adresse für ein Produkt.</translation>
    </message>
    <message>
        <source>ChatDash documents only a change of a product&apos;s name and description: it cannot be archived or restored from Pricebook.</source>
        <translation>ChatDash dokumentiert nur das Ändern von Name und Beschreibung eines Produkts: Es kann aus Pricebook nicht archiviert oder wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The account&apos;s key is neither a Stripe test nor a live key, so the dashboard page is not known.</source>
        <translation>Der Schlüssel des Kontos ist weder ein Stripe-Test- noch ein Live-Schlüssel, daher ist die Dashboard-Seite nicht bekannt.</translation>
    </message>
    <message>
        <source>%1 documents no way to update a product, so what changed here (%2) cannot be sent.</source>
        <translation>%1 dokumentiert keine Möglichkeit, ein Produkt zu aktualisieren; was sich hier geändert hat (%2), kann daher nicht gesendet werden.</translation>
    </message>
    <message>
        <source>%1/day</source>
        <translation>%1/Tag</translation>
    </message>
    <message>
        <source>%1/week</source>
        <translation>%1/Woche</translation>
    </message>
    <message>
        <source>%1/month</source>
        <translation>%1/Monat</translation>
    </message>
    <message>
        <source>%1/year</source>
        <translation>%1/Jahr</translation>
    </message>
    <message>
        <source>%1/%2 days</source>
        <translation>%1/%2 Tage</translation>
    </message>
    <message>
        <source>%1/%2 weeks</source>
        <translation>%1/%2 Wochen</translation>
    </message>
    <message>
        <source>%1/%2 months</source>
        <translation>%1/%2 Monate</translation>
    </message>
    <message>
        <source>%1/%2 years</source>
        <translation>%1/%2 Jahre</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Delete %1 products</source>
        <translation>%1 Produkte löschen</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation>%1: „%2“ → „%3“</translation>
    </message>
    <message>
        <source>Nothing the provider accepts has changed since the last sync.</source>
        <translation>Seit der letzten Synchronisierung hat sich nichts geändert, was der Anbieter annimmt.</translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation>API-Schlüssel für %1</translation>
    </message>
    <message>
        <source>The %1 API key for “%2”. It is kept in the system keychain, never in the catalog.</source>
        <translation>Der %1-API-Schlüssel für „%2“. Er liegt im Schlüsselbund des Systems, nie im Katalog.</translation>
    </message>
    <message>
        <source>Client account:</source>
        <translation>Kundenkonto:</translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <source>Refused without a reason given.</source>
        <translation>Ohne Angabe von Gründen abgelehnt.</translation>
    </message>
    <message>
        <source>The answer was too large to read (%1 MB).</source>
        <translation>Die Antwort war zu groß zum Lesen (%1 MB).</translation>
    </message>
    <message>
        <source>The answer was empty.</source>
        <translation>Die Antwort war leer.</translation>
    </message>
    <message>
        <source>The answer was not the JSON object expected.</source>
        <translation>Die Antwort war nicht das erwartete JSON-Objekt.</translation>
    </message>
    <message>
        <source>The answer did not say which id the new object has.</source>
        <translation>Die Antwort nannte nicht die ID des neuen Objekts.</translation>
    </message>
    <message>
        <source>The answer was not in the provider&apos;s error format.</source>
        <translation>Die Antwort war nicht im Fehlerformat des Anbieters.</translation>
    </message>
    <message>
        <source>The answer was too large to read.</source>
        <translation>Die Antwort war zu groß zum Lesen.</translation>
    </message>
    <message>
        <source>The answer has no list of objects.</source>
        <translation>Die Antwort enthält keine Liste von Objekten.</translation>
    </message>
    <message>
        <source>The answer is not JSON: %1.</source>
        <translation>Die Antwort ist kein JSON: %1.</translation>
    </message>
    <message>
        <source>Stripe refused the request without a message.</source>
        <translation>Stripe hat die Anfrage ohne Meldung abgelehnt.</translation>
    </message>
    <message>
        <source>Stripe refused the request (%1) without a message.</source>
        <translation>Stripe hat die Anfrage (%1) ohne Meldung abgelehnt.</translation>
    </message>
</context>
<context>
    <name>SandboxAccounts</name>
    <message>
        <source>Sandbox — %1</source>
        <translation>Sandbox – %1</translation>
    </message>
    <message>
        <source>%1 — local sandbox</source>
        <translation>%1 – lokale Sandbox</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (local sandbox)</source>
        <translation>%1 (lokale Sandbox)</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Pricing model</source>
        <translation>Preismodell</translation>
    </message>
    <message>
        <source>Base price (recurring)</source>
        <translation>Grundpreis (wiederkehrend)</translation>
    </message>
    <message>
        <source>Usage (per unit, recurring)</source>
        <translation>Nutzung (pro Einheit, wiederkehrend)</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Abrechnungszeitraum</translation>
    </message>
    <message>
        <source>Billing every</source>
        <translation>Abrechnung alle</translation>
    </message>
    <message>
        <source>ChatDash bills once every period.</source>
        <translation>ChatDash rechnet einmal pro Zeitraum ab.</translation>
    </message>
    <message>
        <source>Usage metric</source>
        <translation>Nutzungsmetrik</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Value based</source>
        <translation>Wertbasiert</translation>
    </message>
    <message>
        <source>Base price</source>
        <translation>Grundpreis</translation>
    </message>
    <message>
        <source>Price per unit</source>
        <translation>Preis pro Einheit</translation>
    </message>
    <message>
        <source>Overage price</source>
        <translation>Mehrverbrauchspreis</translation>
    </message>
    <message>
        <source>Tax behavior</source>
        <translation>Steuerbehandlung</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Produkttyp</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Standard, subscription, or a custom type of your own.</source>
        <translation>Standard, Abonnement oder ein eigener Typ.</translation>
    </message>
    <message>
        <source>Image URL</source>
        <translation>Bild-URL</translation>
    </message>
    <message>
        <source>Custom data</source>
        <translation>Eigene Daten</translation>
    </message>
    <message>
        <source>A JSON object, or null.</source>
        <translation>Ein JSON-Objekt oder null.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit label</source>
        <translation>Einheitenbezeichnung</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Planname</translation>
    </message>
    <message>
        <source>Plan description</source>
        <translation>Planbeschreibung</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer (SKU)</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Every six months</source>
        <translation>Halbjährlich</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Preisgestaltung</translation>
    </message>
    <message>
        <source>Flat amount</source>
        <translation>Pauschalbetrag</translation>
    </message>
    <message>
        <source>Tiered</source>
        <translation>Gestaffelt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>For a tiered plan, a fixed amount charged on top of the tiers (often 0).</source>
        <translation>Bei einem gestaffelten Plan ein fester Betrag zusätzlich zu den Staffeln (oft 0).</translation>
    </message>
    <message>
        <source>Tax exempt</source>
        <translation>Steuerbefreit</translation>
    </message>
    <message>
        <source>Usage scheme</source>
        <translation>Nutzungsschema</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>Lizenziert</translation>
    </message>
    <message>
        <source>Metered</source>
        <translation>Nutzungsbasiert</translation>
    </message>
    <message>
        <source>Usage aggregation</source>
        <translation>Nutzungsaggregation</translation>
    </message>
    <message>
        <source>Sum of usage</source>
        <translation>Summe der Nutzung</translation>
    </message>
    <message>
        <source>Maximum usage</source>
        <translation>Höchste Nutzung</translation>
    </message>
    <message>
        <source>Last reported usage</source>
        <translation>Zuletzt gemeldete Nutzung</translation>
    </message>
    <message>
        <source>Tiers mode</source>
        <translation>Staffelmodus</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Gestaffelt</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Staffeln</translation>
    </message>
    <message>
        <source>Plan unit label</source>
        <translation>Einheitenbezeichnung des Plans</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Exclusive of tax</source>
        <translation>Zuzüglich Steuern</translation>
    </message>
    <message>
        <source>Inclusive of tax</source>
        <translation>Inklusive Steuern</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <source>letters, digits, “_” and “-” only</source>
        <translation>nur Buchstaben, Ziffern, „_“ und „-“</translation>
    </message>
    <message>
        <source>Leave empty to let Stripe choose the ID.</source>
        <translation>Leer lassen, damit Stripe die ID wählt.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Marketing features</source>
        <translation>Marketing-Merkmale</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Package height (in)</source>
        <translation>Pakethöhe (Zoll)</translation>
    </message>
    <message>
        <source>Package length (in)</source>
        <translation>Paketlänge (Zoll)</translation>
    </message>
    <message>
        <source>Package weight (oz)</source>
        <translation>Paketgewicht (Unzen)</translation>
    </message>
    <message>
        <source>Package width (in)</source>
        <translation>Paketbreite (Zoll)</translation>
    </message>
    <message>
        <source>Shippable</source>
        <translation>Versandfähig</translation>
    </message>
    <message>
        <source>Statement descriptor</source>
        <translation>Abrechnungstext</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Steuercode</translation>
    </message>
    <message>
        <source>Product page URL</source>
        <translation>URL der Produktseite</translation>
    </message>
    <message>
        <source>Give all four package dimensions (height, length, weight, width) or none.</source>
        <translation>Geben Sie alle vier Paketmaße an (Höhe, Länge, Gewicht, Breite) oder keines.</translation>
    </message>
    <message>
        <source>Price type</source>
        <translation>Preisart</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <source>At most three years between bills.</source>
        <translation>Höchstens drei Jahre zwischen zwei Rechnungen.</translation>
    </message>
    <message>
        <source>Usage type</source>
        <translation>Nutzungsart</translation>
    </message>
    <message>
        <source>Licensed (per seat)</source>
        <translation>Lizenziert (pro Platz)</translation>
    </message>
    <message>
        <source>Metered (billed on reported usage)</source>
        <translation>Nutzungsbasiert (nach gemeldeter Nutzung abgerechnet)</translation>
    </message>
    <message>
        <source>Meter ID</source>
        <translation>Zähler-ID</translation>
    </message>
    <message>
        <source>Standard (flat or per unit)</source>
        <translation>Standard (pauschal oder pro Einheit)</translation>
    </message>
    <message>
        <source>Customer chooses the amount</source>
        <translation>Kunde wählt den Betrag</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>for package pricing (the price of one package)</source>
        <translation>bei Paketpreisen (der Preis eines Pakets)</translation>
    </message>
    <message>
        <source>Amount (fractional minor units)</source>
        <translation>Betrag (Bruchteile der kleinsten Einheit)</translation>
    </message>
    <message>
        <source>In minor units with up to 12 decimals, e.g. 0.5 for half a cent.</source>
        <translation>In kleinsten Einheiten mit bis zu 12 Nachkommastellen, z. B. 0.5 für einen halben Cent.</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Mindestbetrag</translation>
    </message>
    <message>
        <source>Suggested amount</source>
        <translation>Empfohlener Betrag</translation>
    </message>
    <message>
        <source>Maximum amount</source>
        <translation>Höchstbetrag</translation>
    </message>
    <message>
        <source>Billing scheme</source>
        <translation>Abrechnungsschema</translation>
    </message>
    <message>
        <source>Graduated (each tier priced separately)</source>
        <translation>Gestaffelt (jede Staffel einzeln berechnet)</translation>
    </message>
    <message>
        <source>Volume (all units at the reached tier)</source>
        <translation>Volumen (alle Einheiten zum Preis der erreichten Staffel)</translation>
    </message>
    <message>
        <source>Units per package</source>
        <translation>Einheiten pro Paket</translation>
    </message>
    <message>
        <source>Round partial packages</source>
        <translation>Angebrochene Pakete runden</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Auf</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Other currencies</source>
        <translation>Weitere Währungen</translation>
    </message>
    <message>
        <source>Give either an amount or a fractional amount, not both.</source>
        <translation>Geben Sie entweder einen Betrag oder einen Bruchteilbetrag an, nicht beides.</translation>
    </message>
    <message>
        <source>Amount is required.</source>
        <translation>Der Betrag ist erforderlich.</translation>
    </message>
    <message>
        <source>The minimum, suggested and maximum amounts must be in that order.</source>
        <translation>Mindest-, empfohlener und Höchstbetrag müssen in dieser Reihenfolge stehen.</translation>
    </message>
    <message>
        <source>for usage pricing, and for a base price with included usage and an overage price</source>
        <translation>bei Nutzungspreisen sowie bei einem Grundpreis mit enthaltener Nutzung und Mehrverbrauchspreis</translation>
    </message>
    <message>
        <source>Included usage</source>
        <translation>Enthaltene Nutzung</translation>
    </message>
    <message>
        <source>How much usage the price includes before the overage price applies (sent as usage_limit).</source>
        <translation>Wie viel Nutzung der Preis enthält, bevor der Mehrverbrauchspreis gilt (wird als usage_limit gesendet).</translation>
    </message>
    <message>
        <source>when included usage is set</source>
        <translation>wenn eine enthaltene Nutzung festgelegt ist</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>process %1 on %2</source>
        <translation>Prozess %1 auf %2</translation>
    </message>
    <message>
        <source>“%1” is already being sent by this Pricebook since %2.</source>
        <translation>„%1“ wird seit %2 bereits von diesem Pricebook gesendet.</translation>
    </message>
    <message>
        <source>“%1” is being sent by another Pricebook since %2 (%3); it was left to that one.</source>
        <translation>„%1“ wird seit %2 von einem anderen Pricebook gesendet (%3); es wurde diesem überlassen.</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>Unknown language &quot;%1&quot;; the languages are: %2.</source>
        <translation>Unbekannte Sprache „%1“; verfügbar sind: %2.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>%1: %2 cannot carry this kind of price. Choose one of: %3.</source>
        <translation>%1: %2 kann diese Art von Preis nicht abbilden. Wählen Sie eine von: %3.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is required %2.</source>
        <translation>%1 ist erforderlich (%2).</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 must be a web address starting with http:// or https://.</source>
        <translation>%1 muss eine Webadresse sein, die mit http:// oder https:// beginnt.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a three-letter ISO 4217 currency code (in lower case, e.g. usd).</source>
        <translation>%1: „%2“ ist kein dreibuchstabiger Währungscode nach ISO 4217 (in Kleinbuchstaben, z. B. usd).</translation>
    </message>
    <message>
        <source>%1 contains a control character.</source>
        <translation>%1 enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>%1 is not valid text: it holds half of a character (a lone surrogate).</source>
        <translation>%1 ist kein gültiger Text: Es enthält die Hälfte eines Zeichens (ein einzelnes Surrogat).</translation>
    </message>
    <message>
        <source>%1 contains invisible or direction-changing characters (%2): what it shows is not all it says.</source>
        <translation>%1 enthält unsichtbare oder richtungsändernde Zeichen (%2): Was angezeigt wird, ist nicht alles, was darin steht.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation>%1 ist zu lang: %2 Zeichen, höchstens %3.</translation>
    </message>
    <message>
        <source>%1 is too short: at least %2 characters.</source>
        <translation>%1 ist zu kurz: mindestens %2 Zeichen.</translation>
    </message>
    <message>
        <source>%1 cannot contain %2.</source>
        <translation>%1 darf %2 nicht enthalten.</translation>
    </message>
    <message>
        <source>%1 must contain at least one letter.</source>
        <translation>%1 muss mindestens einen Buchstaben enthalten.</translation>
    </message>
    <message>
        <source>%1 may contain %2.</source>
        <translation>%1 darf %2 enthalten.</translation>
    </message>
    <message>
        <source>%1: “%2” is not allowed here; choose one of %3.</source>
        <translation>%1: „%2“ ist hier nicht zulässig; wählen Sie eines von %3.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 muss mindestens %2 sein.</translation>
    </message>
    <message>
        <source>%1 must be at most %2.</source>
        <translation>%1 darf höchstens %2 sein.</translation>
    </message>
    <message>
        <source>%1 can be at most %2 when the %3 is “%4”.</source>
        <translation>%1 darf höchstens %2 sein, wenn %3 „%4“ ist.</translation>
    </message>
    <message>
        <source>%1 must be a positive number of minor units with at most %2 decimal places.</source>
        <translation>%1 muss eine positive Zahl kleinster Einheiten mit höchstens %2 Nachkommastellen sein.</translation>
    </message>
    <message>
        <source>%1: at most %2 entries, %3 given.</source>
        <translation>%1: höchstens %2 Einträge, %3 angegeben.</translation>
    </message>
    <message>
        <source>%1: entry %2 is empty.</source>
        <translation>%1: Eintrag %2 ist leer.</translation>
    </message>
    <message>
        <source>%1: entry %2 is longer than %3 characters.</source>
        <translation>%1: Eintrag %2 ist länger als %3 Zeichen.</translation>
    </message>
    <message>
        <source>%1: entry %2 must be a web address starting with http:// or https://.</source>
        <translation>%1: Eintrag %2 muss eine Webadresse sein, die mit http:// oder https:// beginnt.</translation>
    </message>
    <message>
        <source>%1: entry %2 contains a control character.</source>
        <translation>%1: Eintrag %2 enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>%1: at most %2 keys, %3 given.</source>
        <translation>%1: höchstens %2 Schlüssel, %3 angegeben.</translation>
    </message>
    <message>
        <source>%1: a key is empty.</source>
        <translation>%1: Ein Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>%1: the key “%2…” is longer than %3 characters.</source>
        <translation>%1: Der Schlüssel „%2…“ ist länger als %3 Zeichen.</translation>
    </message>
    <message>
        <source>%1: the key “%2” cannot contain square brackets.</source>
        <translation>%1: Der Schlüssel „%2“ darf keine eckigen Klammern enthalten.</translation>
    </message>
    <message>
        <source>%1: the value of “%2” is longer than %3 characters.</source>
        <translation>%1: Der Wert von „%2“ ist länger als %3 Zeichen.</translation>
    </message>
    <message>
        <source>%1: the key “%2” appears twice.</source>
        <translation>%1: Der Schlüssel „%2“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Zeichen %3.</translation>
    </message>
    <message>
        <source>%1 must be a JSON object or null.</source>
        <translation>%1 muss ein JSON-Objekt oder null sein.</translation>
    </message>
    <message>
        <source>%1: at most %2 tiers, %3 given.</source>
        <translation>%1: höchstens %2 Staffeln, %3 angegeben.</translation>
    </message>
    <message>
        <source>Tier %1: only the last tier can be unbounded.</source>
        <translation>Staffel %1: Nur die letzte Staffel darf unbegrenzt sein.</translation>
    </message>
    <message>
        <source>Tier %1: the last tier must be unbounded (no upper limit).</source>
        <translation>Staffel %1: Die letzte Staffel muss unbegrenzt sein (keine Obergrenze).</translation>
    </message>
    <message>
        <source>Tier %1: the upper limit must be at least 1.</source>
        <translation>Staffel %1: Die Obergrenze muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Tier %1: the upper limit (%2) must be above the previous tier&apos;s (%3).</source>
        <translation>Staffel %1: Die Obergrenze (%2) muss über der der vorigen Staffel (%3) liegen.</translation>
    </message>
    <message>
        <source>Tier %1: give either a unit amount or a flat amount, not both.</source>
        <translation>Staffel %1: Geben Sie entweder einen Stückpreis oder einen Pauschalbetrag an, nicht beides.</translation>
    </message>
    <message>
        <source>Tier %1: give a unit amount or a flat amount.</source>
        <translation>Staffel %1: Geben Sie einen Stückpreis oder einen Pauschalbetrag an.</translation>
    </message>
    <message>
        <source>Tier %1: give a unit amount, a flat amount, or both.</source>
        <translation>Staffel %1: Geben Sie einen Stückpreis, einen Pauschalbetrag oder beides an.</translation>
    </message>
    <message>
        <source>Tier %1: amounts cannot be negative.</source>
        <translation>Staffel %1: Beträge dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a three-letter ISO 4217 currency code.</source>
        <translation>%1: „%2“ ist kein dreibuchstabiger Währungscode nach ISO 4217.</translation>
    </message>
    <message>
        <source>%1: %2 is already the price&apos;s currency.</source>
        <translation>%1: %2 ist bereits die Währung des Preises.</translation>
    </message>
    <message>
        <source>%1: %2 appears twice.</source>
        <translation>%1: %2 kommt zweimal vor.</translation>
    </message>
    <message>
        <source>%1: the %2 amount cannot be negative.</source>
        <translation>%1: Der Betrag in %2 darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1: the %2 amount is too large.</source>
        <translation>%1: Der Betrag in %2 ist zu groß.</translation>
    </message>
    <message>
        <source>%1 does not take these, so they will not be sent: %2.</source>
        <translation>%1 nimmt diese nicht an, daher werden sie nicht gesendet: %2.</translation>
    </message>
    <message>
        <source>%1 products need exactly one price.</source>
        <translation>%1-Produkte brauchen genau einen Preis.</translation>
    </message>
    <message>
        <source>%1 products have no prices; the price will not be sent.</source>
        <translation>%1-Produkte haben keine Preise; der Preis wird nicht gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 products have no prices; the %n prices will not be sent.</source>
        <translation>
            <numerusform>%1-Produkte haben keine Preise; %n Preis wird nicht gesendet.</numerusform>
            <numerusform>%1-Produkte haben keine Preise; die %n Preise werden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 products need at least one price.</source>
        <translation>%1-Produkte brauchen mindestens einen Preis.</translation>
    </message>
    <message numerus="yes">
        <source>%1 products need at least %n prices.</source>
        <translation>
            <numerusform>%1-Produkte brauchen mindestens %n Preis.</numerusform>
            <numerusform>%1-Produkte brauchen mindestens %n Preise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 products take one price; this one has %n.</source>
        <translation>
            <numerusform>%1-Produkte können nur einen Preis haben; dieses hat %n.</numerusform>
            <numerusform>%1-Produkte können nur einen Preis haben; dieses hat %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 products take at most %2 prices; this one has %n.</source>
        <translation>
            <numerusform>%1-Produkte können höchstens %2 Preise haben; dieses hat %n.</numerusform>
            <numerusform>%1-Produkte können höchstens %2 Preise haben; dieses hat %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Products and prices for many billing providers.</source>
        <translation>Produkte und Preise für viele Abrechnungsanbieter.</translation>
    </message>
    <message>
        <source>Keep the catalog in this folder.</source>
        <translation>Den Katalog in diesem Verzeichnis führen.</translation>
    </message>
    <message>
        <source>Print when the window first painted and when the catalog&apos;s first rows showed (ms since the epoch), then quit. For the startup benchmark.</source>
        <translation>Ausgeben, wann das Fenster zuerst gezeichnet wurde und wann die ersten Zeilen des Katalogs erschienen (ms seit der Epoche), dann beenden. Für den Start-Benchmark.</translation>
    </message>
    <message>
        <source>Show Pricebook in this language (%1) instead of the system&apos;s or the one chosen in Preferences.</source>
        <translation>Pricebook in dieser Sprache (%1) anzeigen statt in der des Systems oder der in den Einstellungen gewählten.</translation>
    </message>
    <message>
        <source>Open this catalog: a SQLite file, or a team catalog postgresql://user@host:port/database (default: $PRICEBOOK_CATALOG).</source>
        <translation>Diesen Katalog öffnen: eine SQLite-Datei oder ein Team-Katalog postgresql://user@host:port/database (Standard: $PRICEBOOK_CATALOG).</translation>
    </message>
</context>
<context>
    <name>pb::AccountsDialog</name>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>A key is stored in the system keychain.</source>
        <translation>Ein Schlüssel liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>A key is held in memory for this session.</source>
        <translation>Ein Schlüssel wird für diese Sitzung im Speicher gehalten.</translation>
    </message>
    <message>
        <source>No key stored yet: type it above and save.</source>
        <translation>Noch kein Schlüssel gespeichert: Geben Sie ihn oben ein und speichern Sie.</translation>
    </message>
    <message>
        <source>https://… (required: each %1 account has its own)</source>
        <translation>https://… (erforderlich: jedes %1-Konto hat seine eigene)</translation>
    </message>
    <message>
        <source>Reads from %1 with this account&apos;s key</source>
        <translation>Liest mit dem Schlüssel dieses Kontos von %1</translation>
    </message>
    <message>
        <source>%1 has no read endpoint to test with</source>
        <translation>%1 hat keinen Lese-Endpunkt zum Testen</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Geben Sie dem Konto einen Namen.</translation>
    </message>
    <message>
        <source>The account could not be saved.</source>
        <translation>Das Konto konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Saved “%1”; its key is in the system keychain.</source>
        <translation>„%1“ gespeichert; sein Schlüssel liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” and its key? Its products stay in the catalog, without an account.</source>
        <translation>„%1“ und seinen Schlüssel entfernen? Seine Produkte bleiben ohne Konto im Katalog.</translation>
    </message>
    <message>
        <source>“%1” could not be removed.</source>
        <translation>„%1“ konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Removed “%1” and its key.</source>
        <translation>„%1“ und sein Schlüssel wurden entfernt.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet …</translation>
    </message>
    <message>
        <source>The connection works and the key was accepted.</source>
        <translation>Die Verbindung funktioniert und der Schlüssel wurde angenommen.</translation>
    </message>
    <message>
        <source>Type the API key first.</source>
        <translation>Geben Sie zuerst den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>The local sandbox takes any key; none needs to be stored.</source>
        <translation>Die lokale Sandbox nimmt jeden Schlüssel an; es muss keiner gespeichert werden.</translation>
    </message>
    <message>
        <source>The system keychain did not answer, so the stored key could not be read. Make sure your desktop&apos;s keyring is running and unlocked, then open this account again.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet, daher konnte der gespeicherte Schlüssel nicht gelesen werden. Stellen Sie sicher, dass der Schlüsselbund Ihres Desktops läuft und entsperrt ist, und öffnen Sie dieses Konto dann erneut.</translation>
    </message>
    <message>
        <source>Saved “%1”, but the system keychain did not store its key. Make sure your desktop&apos;s keyring is unlocked, then type the key and save again.</source>
        <translation>„%1“ gespeichert, aber der Schlüsselbund des Systems hat seinen Schlüssel nicht gespeichert. Stellen Sie sicher, dass der Schlüsselbund Ihres Desktops entsperrt ist, geben Sie dann den Schlüssel ein und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Removed “%1”, but the system keychain did not delete its key. Delete “%2” with your desktop&apos;s keyring manager.</source>
        <translation>„%1“ entfernt, aber der Schlüsselbund des Systems hat seinen Schlüssel nicht gelöscht. Löschen Sie „%2“ mit der Schlüsselbundverwaltung Ihres Desktops.</translation>
    </message>
    <message>
        <source>Whether the key works on test or live data, as the provider&apos;s key form says</source>
        <translation>Ob der Schlüssel mit Test- oder Live-Daten arbeitet, wie es die Form des Schlüssels beim Anbieter sagt</translation>
    </message>
    <message>
        <source>Key mode:</source>
        <translation>Schlüsselmodus:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>pb::ApplyPlanDialog</name>
    <message>
        <source>Apply changes</source>
        <translation>Änderungen anwenden</translation>
    </message>
    <message>
        <source>Working out what would change…</source>
        <translation>Es wird ermittelt, was sich ändern würde …</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Nothing can be applied: the providers do not let these changes be made, as the plan says.</source>
        <translation>Nichts kann angewendet werden: Die Anbieter lassen diese Änderungen nicht zu, wie der Plan sagt.</translation>
    </message>
    <message>
        <source>Nothing to change on the providers.</source>
        <translation>Bei den Anbietern ist nichts zu ändern.</translation>
    </message>
    <message numerus="yes">
        <source>These %n operation(s) will be made, in this order. Nothing else is sent.</source>
        <translation>
            <numerusform>Diese %n Operation wird ausgeführt. Sonst wird nichts gesendet.</numerusform>
            <numerusform>Diese %n Operationen werden in dieser Reihenfolge ausgeführt. Sonst wird nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet …</translation>
    </message>
    <message>
        <source>%1: step %2 of %3: %4</source>
        <translation>%1: Schritt %2 von %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n product(s) now match the plan.</source>
        <translation>
            <numerusform>Angewendet: %n Produkt entspricht jetzt dem Plan.</numerusform>
            <numerusform>Angewendet: %n Produkte entsprechen jetzt dem Plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What remains is the plan above: %n operation(s). Resume applies exactly that; nothing else is sent.</source>
        <translation>
            <numerusform>Übrig ist der Plan oben: %n Operation. „Fortsetzen“ führt genau diese aus; sonst wird nichts gesendet.</numerusform>
            <numerusform>Übrig ist der Plan oben: %n Operationen. „Fortsetzen“ führt genau diese aus; sonst wird nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is left to apply here; the report below says what happened.</source>
        <translation>Hier ist nichts mehr anzuwenden; der Bericht unten sagt, was geschah.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>%v von %m erledigt</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n applied</source>
        <translation>
            <numerusform>%1 von %n angewendet</numerusform>
            <numerusform>%1 von %n angewendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied to %1 of %n product(s).</source>
        <translation>
            <numerusform>Auf %1 von %n Produkt angewendet.</numerusform>
            <numerusform>Auf %1 von %n Produkten angewendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems (see the report below).</source>
        <translation>
            <numerusform>%n mit Problemen (siehe Bericht unten).</numerusform>
            <numerusform>%n mit Problemen (siehe Bericht unten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Working out what remains…</source>
        <translation>Ermittle, was übrig ist…</translation>
    </message>
</context>
<context>
    <name>pb::BulkPusher</name>
    <message>
        <source>Not sent: the push was cancelled.</source>
        <translation>Nicht gesendet: Die Übertragung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>pb::CatalogCommand</name>
    <message>
        <source>Copy a whole catalog into an empty one.</source>
        <translation>Einen ganzen Katalog in einen leeren kopieren.</translation>
    </message>
    <message>
        <source>The catalog to copy: a SQLite file or a postgresql:// URL.</source>
        <translation>Der zu kopierende Katalog: eine SQLite-Datei oder eine postgresql://-URL.</translation>
    </message>
    <message>
        <source>The empty catalog to copy into: a SQLite file or a postgresql:// URL.</source>
        <translation>Der leere Katalog, in den kopiert wird: eine SQLite-Datei oder eine postgresql://-URL.</translation>
    </message>
    <message>
        <source>Machine-readable report.</source>
        <translation>Maschinenlesbarer Bericht.</translation>
    </message>
    <message>
        <source>Usage: pricebook-cli catalog copy --from SRC --to DST [--json]
</source>
        <translation>Aufruf: pricebook-cli catalog copy --from SRC --to DST [--json]
</translation>
    </message>
    <message>
        <source>--from and --to name the same catalog.
</source>
        <translation>--from und --to nennen denselben Katalog.
</translation>
    </message>
    <message>
        <source>%1: %2 rows, checksum %3 on both sides
</source>
        <translation>%1: %2 Zeilen, Prüfsumme %3 auf beiden Seiten
</translation>
    </message>
    <message>
        <source>Copied %1 to %2.
</source>
        <translation>%1 nach %2 kopiert.
</translation>
    </message>
</context>
<context>
    <name>pb::CatalogTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Kein Konto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>%1, archived</source>
        <translation>%1, archiviert</translation>
    </message>
</context>
<context>
    <name>pb::CatalogUpgradeNotice</name>
    <message>
        <source>Updating the catalog to this Pricebook&apos;s format %1: indexing %2 of %3 products for search (%4 %). Its products show when this is done; closing Pricebook now keeps the catalog as it was.</source>
        <translation>Der Katalog wird auf das Format %1 dieses Pricebook aktualisiert: %2 von %3 Produkten für die Suche indiziert (%4 %). Seine Produkte erscheinen, sobald das fertig ist; wird Pricebook jetzt geschlossen, bleibt der Katalog, wie er war.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Updating the catalog&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Der Katalog wird aktualisiert&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Updating the catalog to this Pricebook&apos;s format %1: counting its products to index them for search. Its products show when this is done; closing Pricebook now keeps the catalog as it was.</source>
        <translation>Der Katalog wird auf das Format %1 dieses Pricebook aktualisiert: seine Produkte werden gezählt, um sie für die Suche zu indizieren. Seine Produkte erscheinen, sobald das fertig ist; wird Pricebook jetzt geschlossen, bleibt der Katalog, wie er war.</translation>
    </message>
</context>
<context>
    <name>pb::Check</name>
    <message>
        <source>(not known)</source>
        <translation>(nicht bekannt)</translation>
    </message>
    <message>
        <source>There is nothing on the provider to settle this product with.</source>
        <translation>Beim Anbieter gibt es nichts, womit sich dieses Produkt abgleichen ließe.</translation>
    </message>
    <message>
        <source>Check on provider</source>
        <translation>Beim Anbieter prüfen</translation>
    </message>
    <message>
        <source>No product %1 in the catalog.</source>
        <translation>Kein Produkt %1 im Katalog.</translation>
    </message>
    <message>
        <source>It has no client account, so it is on no provider.</source>
        <translation>Es hat kein Kundenkonto und ist deshalb bei keinem Anbieter.</translation>
    </message>
    <message>
        <source>Not sent to %1 yet.</source>
        <translation>Noch nicht an %1 gesendet.</translation>
    </message>
    <message>
        <source>No API key for “%1”.</source>
        <translation>Kein API-Schlüssel für „%1“.</translation>
    </message>
    <message>
        <source>%1 documents no way to read a product, so Pricebook cannot check it there.</source>
        <translation>%1 dokumentiert keine Möglichkeit, ein Produkt zu lesen; Pricebook kann es dort deshalb nicht prüfen.</translation>
    </message>
    <message>
        <source>%1 no longer has it.</source>
        <translation>%1 hat es nicht mehr.</translation>
    </message>
    <message>
        <source>%1 no longer lists it.</source>
        <translation>%1 führt es nicht mehr auf.</translation>
    </message>
    <message>
        <source>On the provider in a shape Pricebook cannot edit: %1</source>
        <translation>Beim Anbieter in einer Form, die Pricebook nicht bearbeiten kann: %1</translation>
    </message>
    <message>
        <source>%1 has several products that match: %2. It stays “outcome unknown”; link the right one by its id.</source>
        <translation>%1 hat mehrere passende Produkte: %2. Es bleibt „Ergebnis unbekannt“; verknüpfen Sie das richtige über seine ID.</translation>
    </message>
    <message>
        <source>%1 does not have it: the create did not arrive, so it can be sent again.</source>
        <translation>%1 hat es nicht: Das Anlegen ist nicht angekommen, es kann also erneut gesendet werden.</translation>
    </message>
    <message>
        <source>(Products of that name with other prices: %1.)</source>
        <translation>(Produkte dieses Namens mit anderen Preisen: %1.)</translation>
    </message>
    <message>
        <source>Found on %1 as %2 and linked to it; it will not be sent again.</source>
        <translation>Bei %1 als %2 gefunden und damit verknüpft; es wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Found on the provider as %1, but the link could not be recorded: %2</source>
        <translation>Beim Anbieter als %1 gefunden, aber die Verknüpfung konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cancelled before it was checked.</source>
        <translation>Abgebrochen, bevor es geprüft wurde.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <source>In step</source>
        <translation>Abgeglichen</translation>
    </message>
    <message>
        <source>Changed here</source>
        <translation>Hier geändert</translation>
    </message>
    <message>
        <source>Changed on provider</source>
        <translation>Beim Anbieter geändert</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <source>Gone on provider</source>
        <translation>Beim Anbieter verschwunden</translation>
    </message>
    <message>
        <source>Found on provider</source>
        <translation>Beim Anbieter gefunden</translation>
    </message>
    <message>
        <source>Not on provider</source>
        <translation>Nicht beim Anbieter</translation>
    </message>
    <message>
        <source>Several matches</source>
        <translation>Mehrere Treffer</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>changed here</source>
        <translation>hier geändert</translation>
    </message>
    <message>
        <source>changed there</source>
        <translation>dort geändert</translation>
    </message>
    <message>
        <source>changed on both sides</source>
        <translation>auf beiden Seiten geändert</translation>
    </message>
    <message>
        <source>    %1 (%2): base %3; here %4; there %5
</source>
        <translation>    %1 (%2): zuletzt synchronisiert %3; hier %4; dort %5
</translation>
    </message>
    <message>
        <source>Checked %1 product(s): %2.
</source>
        <translation>%1 Produkt(e) geprüft: %2.
</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Cancelled before every product was checked.
</source>
        <translation>Abgebrochen, bevor jedes Produkt geprüft war.
</translation>
    </message>
    <message>
        <source>%1 has no product list, so Pricebook cannot look for it. Look for it on %1: if it is there, link it by its id with File ▸ Pull from provider… (Link existing products) and delete this one; if it is not, send it again.</source>
        <translation>%1 hat keine Produktliste, deshalb kann Pricebook nicht danach suchen. Suchen Sie es bei %1: Ist es dort, verknüpfen Sie es über seine ID mit Datei ▸ Vom Anbieter abrufen… (Vorhandene Produkte verknüpfen) und löschen dieses hier; ist es nicht dort, senden Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>pb::CheckCommand</name>
    <message>
        <source>Reads the selected products from their providers and compares each field three ways: as last synced,
here and there. Exit 0 when every product is in step, 5 when something differs or could not be checked.</source>
        <translation>Liest die ausgewählten Produkte bei ihren Anbietern und vergleicht jedes Feld dreifach: zuletzt synchronisiert,
hier und dort. Exit 0, wenn jedes Produkt abgeglichen ist, 5, wenn etwas abweicht oder nicht geprüft werden konnte.</translation>
    </message>
    <message>
        <source>Requests per second per account (default: the provider&apos;s limit).</source>
        <translation>Anfragen pro Sekunde und Konto (Standard: die Grenze des Anbieters).</translation>
    </message>
    <message>
        <source>Send again each product whose earlier create had an unknown outcome and that the provider does not have.</source>
        <translation>Jedes Produkt erneut senden, dessen früheres Anlegen ein unbekanntes Ergebnis hatte und das der Anbieter nicht hat.</translation>
    </message>
    <message>
        <source>Machine-readable report.</source>
        <translation>Maschinenlesbarer Bericht.</translation>
    </message>
    <message>
        <source>Sent again: created as %1.</source>
        <translation>Erneut gesendet: als %1 angelegt.</translation>
    </message>
    <message>
        <source>Sent again: %1</source>
        <translation>Erneut gesendet: %1</translation>
    </message>
    <message>
        <source>Only products whose create&apos;s outcome is unknown (after a push that lost answers).</source>
        <translation>Nur Produkte, deren Anlegen ein unbekanntes Ergebnis hatte (nach einem Push, bei dem Antworten verloren gingen).</translation>
    </message>
</context>
<context>
    <name>pb::CheckDialog</name>
    <message>
        <source>changed here</source>
        <translation>hier geändert</translation>
    </message>
    <message>
        <source>changed on the provider</source>
        <translation>beim Anbieter geändert</translation>
    </message>
    <message>
        <source>changed on both sides</source>
        <translation>auf beiden Seiten geändert</translation>
    </message>
    <message>
        <source>Check on provider</source>
        <translation>Beim Anbieter prüfen</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n product(s) from their providers…</source>
        <translation>
            <numerusform>%n Produkt wird bei seinem Anbieter gelesen…</numerusform>
            <numerusform>%n Produkte werden bei ihren Anbietern gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>As last synced</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>There</source>
        <translation>Dort</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Take all there</source>
        <translation>Alles von dort übernehmen</translation>
    </message>
    <message>
        <source>Keep all here</source>
        <translation>Alles hier behalten</translation>
    </message>
    <message>
        <source>Apply choice</source>
        <translation>Auswahl übernehmen</translation>
    </message>
    <message>
        <source>Write the chosen values into the catalog; what is kept here is sent later with Update</source>
        <translation>Die gewählten Werte in den Katalog schreiben; was hier behalten wird, wird später mit „Aktualisieren“ gesendet</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>The provider does not have it: create it there now</source>
        <translation>Der Anbieter hat es nicht: jetzt dort anlegen</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>All %n product(s) are in step with their providers.</source>
        <translation>
            <numerusform>Das Produkt ist mit seinem Anbieter abgeglichen.</numerusform>
            <numerusform>Alle %n Produkte sind mit ihren Anbietern abgeglichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a product to see what differs.</source>
        <translation>Wählen Sie ein Produkt, um zu sehen, was abweicht.</translation>
    </message>
    <message>
        <source>“%1” is in step: nothing differs.</source>
        <translation>„%1“ ist abgeglichen: nichts weicht ab.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;“%1”&lt;/b&gt; on %2 (%3). For each field, keep the value here (sent later with Update) or take the one there into the catalog.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;„%1“&lt;/b&gt; bei %2 (%3). Behalten Sie für jedes Feld den Wert hier (später mit „Aktualisieren“ gesendet) oder übernehmen Sie den von dort in den Katalog.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keep here</source>
        <translation>Hier behalten</translation>
    </message>
    <message>
        <source>Take there</source>
        <translation>Von dort übernehmen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not settled: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nicht abgeglichen: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Settled: the catalog holds what the provider has.</source>
        <translation>Abgeglichen: Der Katalog enthält, was der Anbieter hat.</translation>
    </message>
    <message>
        <source>Settled: the values kept here are sent with Update.</source>
        <translation>Abgeglichen: Die hier behaltenen Werte werden mit „Aktualisieren“ gesendet.</translation>
    </message>
    <message>
        <source>Sent again: created as %1.</source>
        <translation>Erneut gesendet: als %1 angelegt.</translation>
    </message>
    <message>
        <source>Sent again: %1</source>
        <translation>Erneut gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n product(s)…</source>
        <translation>
            <numerusform>%1 von %n Produkt geprüft…</numerusform>
            <numerusform>%1 von %n Produkten geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before every product was checked.</source>
        <translation>Abgebrochen, bevor jedes Produkt geprüft war.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n product(s) differ from their providers or could not be checked: choose one to see its fields.</source>
        <translation>
            <numerusform>%1 von %n Produkt weicht von seinem Anbieter ab oder konnte nicht geprüft werden: wählen Sie es, um seine Felder zu sehen.</numerusform>
            <numerusform>%1 von %n Produkten weichen von ihren Anbietern ab oder konnten nicht geprüft werden: wählen Sie eines, um seine Felder zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n product(s) hold values kept here that Update sends to the provider.</source>
        <translation>
            <numerusform>%1 von %n Produkt hat hier behaltene Werte, die „Aktualisieren“ an den Anbieter sendet.</numerusform>
            <numerusform>%1 von %n Produkten haben hier behaltene Werte, die „Aktualisieren“ an den Anbieter sendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Save my choice</source>
        <translation>Meine Auswahl speichern</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;“%1” was deleted by someone else&lt;/b&gt; while you edited it. Nothing of your edit was saved yet.&lt;/p&gt;&lt;p&gt;Keep your version (it is saved again as it is on your screen), or leave it deleted?&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;„%1“ wurde von jemand anderem gelöscht&lt;/b&gt;, während Sie es bearbeitet haben. Von Ihrer Bearbeitung wurde noch nichts gespeichert.&lt;/p&gt;&lt;p&gt;Ihre Fassung behalten (sie wird erneut so gespeichert, wie sie auf Ihrem Bildschirm steht) oder gelöscht lassen?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keep mine: save it again</source>
        <translation>Meine behalten: erneut speichern</translation>
    </message>
    <message>
        <source>Leave it deleted</source>
        <translation>Gelöscht lassen</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderem</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;“%1” was changed by %2&lt;/b&gt; at %3 while you edited it. Nothing of your edit was saved yet.&lt;/p&gt;&lt;p&gt;For each field that differs, choose whose value to keep.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;„%1“ wurde von %2&lt;/b&gt; um %3 geändert, während Sie es bearbeitet haben. Von Ihrer Bearbeitung wurde noch nichts gespeichert.&lt;/p&gt;&lt;p&gt;Wählen Sie für jedes abweichende Feld, wessen Wert erhalten bleibt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meins</translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <translation>Deren (%1)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deren</translation>
    </message>
    <message>
        <source>All mine</source>
        <translation>Alle meine</translation>
    </message>
    <message>
        <source>All theirs</source>
        <translation>Alle deren</translation>
    </message>
    <message>
        <source>&lt;p&gt;Left deleted, as someone else chose.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Gelöscht gelassen, wie jemand anderes entschieden hat.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pb::EditCommand</name>
    <message>
        <source>The product&apos;s catalog id.</source>
        <translation>Die Katalog-ID des Produkts.</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>Der neue Name.</translation>
    </message>
    <message>
        <source>The new description.</source>
        <translation>Die neue Beschreibung.</translation>
    </message>
    <message>
        <source>The new status (active, inactive, archived).</source>
        <translation>Der neue Status (active, inactive, archived).</translation>
    </message>
    <message>
        <source>Only change the product while the catalog still holds this version (as listed before).</source>
        <translation>Das Produkt nur ändern, solange der Katalog noch diese Version enthält (wie zuvor aufgelistet).</translation>
    </message>
    <message>
        <source>Machine-readable report.</source>
        <translation>Maschinenlesbarer Bericht.</translation>
    </message>
    <message>
        <source>Usage: pricebook-cli edit ID [--name NAME] [--description TEXT] [--status STATUS] [--expect-version V] [--json]
</source>
        <translation>Aufruf: pricebook-cli edit ID [--name NAME] [--description TEXT] [--status STATUS] [--expect-version V] [--json]
</translation>
    </message>
    <message>
        <source>No product %1 in the catalog.</source>
        <translation>Kein Produkt %1 im Katalog.</translation>
    </message>
    <message>
        <source>Saved “%1” as version %2.
</source>
        <translation>„%1“ als Version %2 gespeichert.
</translation>
    </message>
</context>
<context>
    <name>pb::ImportReportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>The file could not be read; nothing will be imported.</source>
        <translation>Die Datei konnte nicht gelesen werden; es wird nichts importiert.</translation>
    </message>
    <message>
        <source>The product is valid.</source>
        <translation>Das Produkt ist gültig.</translation>
    </message>
    <message>
        <source>All %1 products are valid.</source>
        <translation>Alle %1 Produkte sind gültig.</translation>
    </message>
    <message>
        <source>%1 of %2 products are valid. Import the valid ones, or nothing and fix the file first.</source>
        <translation>%1 von %2 Produkten sind gültig. Importieren Sie die gültigen, oder importieren Sie nichts und korrigieren Sie zuerst die Datei.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>&amp;Import 1 product</source>
        <translation>1 Produkt &amp;importieren</translation>
    </message>
    <message>
        <source>&amp;Import %1 products</source>
        <translation>%1 Produkte &amp;importieren</translation>
    </message>
    <message>
        <source>&amp;Import the valid product</source>
        <translation>Das gültige Produkt &amp;importieren</translation>
    </message>
    <message>
        <source>&amp;Import the %1 valid products</source>
        <translation>Die %1 gültigen Produkte &amp;importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Import &amp;nothing</source>
        <translation>&amp;Nichts importieren</translation>
    </message>
    <message>
        <source>The product to import:</source>
        <translation>Das zu importierende Produkt:</translation>
    </message>
    <message numerus="yes">
        <source>The %n products to import:</source>
        <translation>
            <numerusform>%n zu importierendes Produkt:</numerusform>
            <numerusform>Die %n zu importierenden Produkte:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n products to import:</source>
        <translation>
            <numerusform>Das erste %n zu importierende Produkt:</numerusform>
            <numerusform>Die ersten %n zu importierenden Produkte:</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Kein Konto</translation>
    </message>
</context>
<context>
    <name>pb::MainWindow</name>
    <message>
        <source>Not ready to send:
%1</source>
        <translation>Nicht bereit zum Senden:
%1</translation>
    </message>
    <message>
        <source>Not saved yet: %1. Your edits are kept and saving is tried again.</source>
        <translation>Noch nicht gespeichert: %1. Ihre Änderungen bleiben erhalten, das Speichern wird erneut versucht.</translation>
    </message>
    <message>
        <source>The catalog could not be opened.</source>
        <translation>Der Katalog konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The catalog could not be opened.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Der Katalog konnte nicht geöffnet werden.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your catalog is empty&lt;/h3&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+N&lt;/b&gt; to create a product, or open &lt;b&gt;Accounts…&lt;/b&gt; to add the client accounts you bill for.&lt;/p&gt;&lt;p&gt;Every change is saved as you type; nothing is sent until you press &lt;b&gt;Submit&lt;/b&gt;.&lt;/p&gt;%1</source>
        <translation>&lt;h3&gt;Ihr Katalog ist leer&lt;/h3&gt;&lt;p&gt;Drücken Sie &lt;b&gt;Strg+N&lt;/b&gt;, um ein Produkt anzulegen, oder öffnen Sie &lt;b&gt;Konten…&lt;/b&gt;, um die Kundenkonten hinzuzufügen, für die Sie abrechnen.&lt;/p&gt;&lt;p&gt;Jede Änderung wird während der Eingabe gespeichert; gesendet wird erst, wenn Sie &lt;b&gt;Senden&lt;/b&gt; drücken.&lt;/p&gt;%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;To try it safely, send to a &lt;b&gt;Sandbox&lt;/b&gt; account: it is a local stand-in for each provider on this computer, and nothing reaches a real provider.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zum gefahrlosen Ausprobieren senden Sie an ein &lt;b&gt;Sandbox&lt;/b&gt;-Konto: Es ist ein lokaler Ersatz für jeden Anbieter auf diesem Computer, und nichts erreicht einen echten Anbieter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a product on the left, or press &lt;b&gt;Ctrl+N&lt;/b&gt; for a new one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie links ein Produkt oder drücken Sie &lt;b&gt;Strg+N&lt;/b&gt; für ein neues.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Die zuletzt rückgängig gemachte Änderung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import products from a CSV or JSON file, checked row by row</source>
        <translation>Produkte aus einer CSV- oder JSON-Datei importieren, Zeile für Zeile geprüft</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the selected products, or all listed, to CSV or JSON</source>
        <translation>Die ausgewählten oder alle angezeigten Produkte als CSV oder JSON exportieren</translation>
    </message>
    <message>
        <source>&amp;Push selected…</source>
        <translation>Auswahl &amp;übertragen…</translation>
    </message>
    <message>
        <source>Send the selected products to their accounts, a few at a time</source>
        <translation>Die ausgewählten Produkte an ihre Konten senden, einige gleichzeitig</translation>
    </message>
    <message>
        <source>Copy the selected products for another client account or provider</source>
        <translation>Die ausgewählten Produkte für ein anderes Kundenkonto oder einen anderen Anbieter kopieren</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Choose the language of the window</source>
        <translation>Die Sprache des Fensters wählen</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <source>Any sync state</source>
        <translation>Jeder Synchronisierungsstand</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>1 product</source>
        <translation>1 Produkt</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 Produkte</translation>
    </message>
    <message>
        <source>Saved: the catalog can be written again.</source>
        <translation>Gespeichert: Der Katalog kann wieder geschrieben werden.</translation>
    </message>
    <message>
        <source>Open a product to update it on its provider.</source>
        <translation>Öffnen Sie ein Produkt, um es beim Anbieter zu aktualisieren.</translation>
    </message>
    <message>
        <source>%1 products cannot be changed once created: Pricebook can only create them there.</source>
        <translation>%1-Produkte lassen sich nach dem Anlegen nicht ändern: Pricebook kann sie dort nur anlegen.</translation>
    </message>
    <message>
        <source>Not on %1 yet: Submit creates it there first.</source>
        <translation>Noch nicht bei %1: Senden legt es dort zuerst an.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>“%1” is on %2 as %3.</source>
        <translation>„%1“ ist bei %2 als %3 vorhanden.</translation>
    </message>
    <message>
        <source>Delete from Pricebook only</source>
        <translation>Nur aus Pricebook löschen</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>„%1“ wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restored %1 products.</source>
        <translation>%1 Produkte wiederhergestellt.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Deleted %1 products.</source>
        <translation>%1 Produkte gelöscht.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Deleted. &lt;b&gt;Ctrl+Z&lt;/b&gt; brings it back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Gelöscht. &lt;b&gt;Strg+Z&lt;/b&gt; holt es zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not sent: a field holds text that is not a value. Fix the marked fields first.</source>
        <translation>Nicht gesendet: Ein Feld enthält Text, der kein gültiger Wert ist. Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <source>Not sent: fix the marked fields first.</source>
        <translation>Nicht gesendet: Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <source>Choose a client account</source>
        <translation>Kundenkonto wählen</translation>
    </message>
    <message>
        <source>Choose the client account this product goes to. Accounts are added under Accounts…</source>
        <translation>Wählen Sie das Kundenkonto, für das dieses Produkt bestimmt ist. Konten fügen Sie unter Konten… hinzu.</translation>
    </message>
    <message>
        <source>Account of another provider</source>
        <translation>Konto eines anderen Anbieters</translation>
    </message>
    <message>
        <source>“%1” is a %2 account; this product is for %3.</source>
        <translation>„%1“ ist ein %2-Konto; dieses Produkt ist für %3.</translation>
    </message>
    <message>
        <source>Already on %1</source>
        <translation>Bereits bei %1</translation>
    </message>
    <message>
        <source>“%1” is already on %2 as %3. Send its changes as an update instead?</source>
        <translation>„%1“ ist bereits bei %2 als %3 vorhanden. Stattdessen die Änderungen als Aktualisierung senden?</translation>
    </message>
    <message>
        <source>Update on %1</source>
        <translation>Bei %1 aktualisieren</translation>
    </message>
    <message>
        <source>Send these changes to %1 (%2)?</source>
        <translation>Diese Änderungen an %1 (%2) senden?</translation>
    </message>
    <message>
        <source>It may already exist</source>
        <translation>Es ist vielleicht schon vorhanden</translation>
    </message>
    <message>
        <source>The last attempt may have created “%1” on %2. Send it only if you checked that it is not there.</source>
        <translation>Der letzte Versuch hat „%1“ bei %2 möglicherweise angelegt. Senden Sie es nur, wenn Sie geprüft haben, dass es dort nicht vorhanden ist.</translation>
    </message>
    <message>
        <source>Sending “%1” to %2…</source>
        <translation>„%1“ wird an %2 gesendet …</translation>
    </message>
    <message>
        <source>No answer yet; trying again in %1 s (attempt %2).</source>
        <translation>Noch keine Antwort; neuer Versuch in %1 s (Versuch %2).</translation>
    </message>
    <message>
        <source>The result was not saved</source>
        <translation>Das Ergebnis wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Updated on %1: %2</source>
        <translation>Bei %1 aktualisiert: %2</translation>
    </message>
    <message>
        <source>Created on %1: %2</source>
        <translation>Bei %1 angelegt: %2</translation>
    </message>
    <message>
        <source>%1 refused it</source>
        <translation>%1 hat es abgelehnt</translation>
    </message>
    <message>
        <source>Check the account&apos;s API key under Accounts….</source>
        <translation>Prüfen Sie den API-Schlüssel des Kontos unter Konten….</translation>
    </message>
    <message>
        <source>Nothing was created; you can send it again.</source>
        <translation>Es wurde nichts angelegt; Sie können es erneut senden.</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Produkte importieren</translation>
    </message>
    <message>
        <source>Products (*.csv *.json);;All files (*)</source>
        <translation>Produkte (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Nothing imported from %1.</source>
        <translation>Aus %1 wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Imported 1 product.</source>
        <translation>1 Produkt importiert.</translation>
    </message>
    <message>
        <source>Imported %1 products.</source>
        <translation>%1 Produkte importiert.</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Produkte exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported 1 product to %1.</source>
        <translation>1 Produkt nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 products to %2.</source>
        <translation>%1 Produkte nach %2 exportiert.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 Konten</translation>
    </message>
    <message>
        <source>Its key is live: this reaches real customers.</source>
        <translation>Sein Schlüssel ist live: Das erreicht echte Kunden.</translation>
    </message>
    <message>
        <source>1 of these accounts has a live key: this reaches real customers.</source>
        <translation>1 dieser Konten hat einen Live-Schlüssel: Das erreicht echte Kunden.</translation>
    </message>
    <message>
        <source>%1 of these accounts have a live key: this reaches real customers.</source>
        <translation>%1 dieser Konten haben einen Live-Schlüssel: Das erreicht echte Kunden.</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Push to live accounts</source>
        <translation>An Live-Konten übertragen</translation>
    </message>
    <message>
        <source>Push finished: %1 of %2 sent or already there.</source>
        <translation>Übertragung beendet: %1 von %2 gesendet oder bereits vorhanden.</translation>
    </message>
    <message>
        <source>Clone to account</source>
        <translation>In Konto klonen</translation>
    </message>
    <message>
        <source>  not carried: %1</source>
        <translation>  nicht übernommen: %1</translation>
    </message>
    <message>
        <source>  still needed: %1</source>
        <translation>  noch erforderlich: %1</translation>
    </message>
    <message>
        <source>Clone to %1</source>
        <translation>Nach %1 klonen</translation>
    </message>
    <message>
        <source>Made a draft copy.</source>
        <translation>Eine Entwurfskopie angelegt.</translation>
    </message>
    <message>
        <source>Made %1 draft copies.</source>
        <translation>%1 Entwurfskopien angelegt.</translation>
    </message>
    <message>
        <source>The copies could not be saved.</source>
        <translation>Die Kopien konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Edits not saved</source>
        <translation>Änderungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Your last edits could not be saved: %1. Close anyway and lose them?</source>
        <translation>Ihre letzten Änderungen konnten nicht gespeichert werden: %1. Trotzdem schließen und sie verlieren?</translation>
    </message>
    <message>
        <source>Sending in progress</source>
        <translation>Senden läuft</translation>
    </message>
    <message>
        <source>A product is being sent. Close anyway? Its outcome will be unknown.</source>
        <translation>Ein Produkt wird gerade gesendet. Trotzdem schließen? Sein Ergebnis bleibt dann unbekannt.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>The system keychain did not answer, so the stored key could not be read. Type the key when asked, or unlock your desktop&apos;s keyring and try again.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet, daher konnte der gespeicherte Schlüssel nicht gelesen werden. Geben Sie den Schlüssel ein, wenn Sie danach gefragt werden, oder entsperren Sie den Schlüsselbund Ihres Desktops und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3.</source>
        <translation>Neu: %1, aktualisiert: %2, unverändert: %3.</translation>
    </message>
    <message>
        <source>Connect to &amp;team catalog…</source>
        <translation>Mit &amp;Team-Katalog verbinden…</translation>
    </message>
    <message>
        <source>Work on a catalog shared on a PostgreSQL server</source>
        <translation>An einem Katalog arbeiten, der auf einem PostgreSQL-Server geteilt wird</translation>
    </message>
    <message>
        <source>P&amp;ull from provider…</source>
        <translation>Vom Anbieter &amp;abrufen…</translation>
    </message>
    <message>
        <source>Read an account&apos;s products and prices from its provider into the catalog</source>
        <translation>Die Produkte und Preise eines Kontos von seinem Anbieter in den Katalog lesen</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Zwischenzeitlich geändert</translation>
    </message>
    <message>
        <source>%1 Delete it anyway?</source>
        <translation>%1 Trotzdem löschen?</translation>
    </message>
    <message>
        <source>Could not read the catalog: %1. Nothing was exported; %2 was not written.</source>
        <translation>Der Katalog konnte nicht gelesen werden: %1. Es wurde nichts exportiert; %2 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Chec&amp;k on provider…</source>
        <translation>Beim Anbieter &amp;prüfen…</translation>
    </message>
    <message>
        <source>Read the selected products from their providers and compare them with the catalog, field by field</source>
        <translation>Die ausgewählten Produkte bei ihren Anbietern lesen und Feld für Feld mit dem Katalog vergleichen</translation>
    </message>
    <message>
        <source>&amp;Archive on provider…</source>
        <translation>Beim Anbieter archi&amp;vieren…</translation>
    </message>
    <message>
        <source>Archive the selected products on their providers (they stay here, marked archived)</source>
        <translation>Die ausgewählten Produkte bei ihren Anbietern archivieren (sie bleiben hier, als archiviert markiert)</translation>
    </message>
    <message>
        <source>Rest&amp;ore on provider…</source>
        <translation>Beim Anbieter wieder&amp;herstellen…</translation>
    </message>
    <message>
        <source>Make the selected archived products active again on their providers</source>
        <translation>Die ausgewählten archivierten Produkte bei ihren Anbietern wieder aktivieren</translation>
    </message>
    <message>
        <source>Open the product&apos;s page on its provider&apos;s dashboard</source>
        <translation>Die Seite des Produkts im Dashboard seines Anbieters öffnen</translation>
    </message>
    <message>
        <source>Open a product to see its page on the provider.</source>
        <translation>Öffnen Sie ein Produkt, um seine Seite beim Anbieter zu sehen.</translation>
    </message>
    <message>
        <source>Delete “%1” from Pricebook? It stays on the provider unless it is archived there first.</source>
        <translation>„%1“ aus Pricebook löschen? Es bleibt beim Anbieter, wenn es dort nicht zuerst archiviert wird.</translation>
    </message>
    <message>
        <source>Delete %1 products from Pricebook? %2 of them stay on a provider unless they are archived there first.</source>
        <translation>%1 Produkte aus Pricebook löschen? %2 davon bleiben bei einem Anbieter, wenn sie dort nicht zuerst archiviert werden.</translation>
    </message>
    <message>
        <source>Delete from Pricebook</source>
        <translation>Aus Pricebook löschen</translation>
    </message>
    <message>
        <source>Archive on provider and delete</source>
        <translation>Beim Anbieter archivieren und löschen</translation>
    </message>
    <message>
        <source>Archive finished: %1 of %2 archived or already archived.</source>
        <translation>Archivieren beendet: %1 von %2 archiviert oder bereits archiviert.</translation>
    </message>
    <message>
        <source>Restore finished: %1 of %2 active again or already active.</source>
        <translation>Wiederherstellen beendet: %1 von %2 wieder aktiv oder bereits aktiv.</translation>
    </message>
    <message>
        <source>Kept in Pricebook</source>
        <translation>In Pricebook behalten</translation>
    </message>
    <message>
        <source>Archived on the provider and deleted “%1”.</source>
        <translation>„%1“ beim Anbieter archiviert und gelöscht.</translation>
    </message>
    <message>
        <source>Archived on the provider and deleted %1 products.</source>
        <translation>%1 Produkte beim Anbieter archiviert und gelöscht.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Send to a live account</source>
        <translation>An ein Live-Konto senden</translation>
    </message>
    <message>
        <source>“%1” uses a live %2 key: this reaches real customers. Send?</source>
        <translation>„%1“ verwendet einen Live-Schlüssel von %2: Das erreicht echte Kunden. Senden?</translation>
    </message>
    <message>
        <source>See the plan of what the selected products&apos; changes make on their providers, then apply it</source>
        <translation>Den Plan ansehen, was die Änderungen der ausgewählten Produkte bei ihren Anbietern bewirken, und ihn dann anwenden</translation>
    </message>
    <message>
        <source>Clone &amp;to account…</source>
        <translation>Für anderes Konto &amp;klonen…</translation>
    </message>
    <message>
        <source>Appl&amp;y changes…</source>
        <translation>Änderungen an&amp;wenden…</translation>
    </message>
    <message>
        <source>Open on pro&amp;vider</source>
        <translation>Beim Anbieter ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Select one or more products in the list first.</source>
        <translation>Wählen Sie zuerst ein oder mehrere Produkte in der Liste aus.</translation>
    </message>
    <message>
        <source>The catalog cannot be written to now.</source>
        <translation>In den Katalog kann gerade nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) were not archived on their provider, so they stay here.</source>
        <translation>
            <numerusform>%n Produkt wurde bei seinem Anbieter nicht archiviert und bleibt daher hier.</numerusform>
            <numerusform>%n Produkte wurden bei ihrem Anbieter nicht archiviert und bleiben daher hier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make a draft copy for %1? Nothing is sent.</source>
        <translation>Eine Entwurfskopie für %1 anlegen? Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Make %1 draft copies for %2? Nothing is sent.</source>
        <translation>%1 Entwurfskopien für %2 anlegen? Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Updated on %1: %2 (%3)</source>
        <translation>Bei %1 aktualisiert: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 has a LIVE key: archiving there stops real customers seeing the product.</source>
        <translation>%1 hat einen LIVE-Schlüssel: Nach dem Archivieren sehen echte Kunden das Produkt dort nicht mehr.</translation>
    </message>
    <message>
        <source>%1 of these accounts have a LIVE key: archiving there stops real customers seeing the products.</source>
        <translation>%1 dieser Konten haben einen LIVE-Schlüssel: Nach dem Archivieren sehen echte Kunden die Produkte dort nicht mehr.</translation>
    </message>
    <message>
        <source>Archive on the LIVE account and delete</source>
        <translation>Im LIVE-Konto archivieren und löschen</translation>
    </message>
    <message>
        <source>Delete from Pricebook — live account</source>
        <translation>Aus Pricebook löschen – Live-Konto</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n product(s), with a LIVE key: real customers and charges</source>
        <translation>
            <numerusform>%1: %n Produkt, mit einem LIVE-Schlüssel: echte Kunden und echte Abbuchungen</numerusform>
            <numerusform>%1: %n Produkte, mit einem LIVE-Schlüssel: echte Kunden und echte Abbuchungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n product(s), test key</source>
        <translation>
            <numerusform>%1: %n Produkt, Testschlüssel</numerusform>
            <numerusform>%1: %n Produkte, Testschlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) with no account: not sent</source>
        <translation>
            <numerusform>%n Produkt ohne Konto: nicht gesendet</numerusform>
            <numerusform>%n Produkte ohne Konto: nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Push %n product(s) to %1?</source>
        <translation>
            <numerusform>%n Produkt an %1 übertragen?</numerusform>
            <numerusform>%n Produkte an %1 übertragen?</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be updated yet: the product as last synced is not known, so Pricebook cannot tell what changed. Check it on %2 first; nothing is sent until then.</source>
        <translation>„%1“ kann noch nicht aktualisiert werden: Der zuletzt synchronisierte Stand ist nicht bekannt, daher kann Pricebook nicht erkennen, was sich geändert hat. Prüfen Sie es zuerst bei %2; bis dahin wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Check on provider…</source>
        <translation>Beim Anbieter prüfen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>pb::MoneyEdit</name>
    <message>
        <source>= %1 minor units</source>
        <translation>= %1 kleinste Einheiten</translation>
    </message>
    <message>
        <source>What the provider receives: whole units of the currency&apos;s smallest unit.</source>
        <translation>Was der Anbieter erhält: ganze Vielfache der kleinsten Einheit der Währung.</translation>
    </message>
</context>
<context>
    <name>pb::PiriodAdapter</name>
    <message>
        <source>archive plan %1 (%2)</source>
        <translation>Plan %1 archivieren (%2)</translation>
    </message>
    <message>
        <source>update plan %1 (active again)</source>
        <translation>Plan %1 aktualisieren (wieder aktiv)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>sku</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>unit label</source>
        <translation>Einheitenbezeichnung</translation>
    </message>
    <message>
        <source>update plan %1 (%2)</source>
        <translation>Plan %1 aktualisieren (%2)</translation>
    </message>
    <message>
        <source>create plan “%1” %2 on %3</source>
        <translation>Plan „%1“ %2 auf %3 anlegen</translation>
    </message>
    <message>
        <source>Make the same change on Piriod&apos;s dashboard, then settle it with Check on provider; or undo it here. Until then it stays only in Pricebook, and the product&apos;s plan changes wait with it.</source>
        <translation>Nehmen Sie dieselbe Änderung im Piriod-Dashboard vor und gleichen Sie sie dann mit „Beim Anbieter prüfen“ ab, oder machen Sie sie hier rückgängig. Bis dahin bleibt sie nur in Pricebook, und die Planänderungen des Produkts warten mit ihr.</translation>
    </message>
</context>
<context>
    <name>pb::PlanCommand</name>
    <message>
        <source>Machine-readable plan.</source>
        <translation>Maschinenlesbarer Änderungsplan.</translation>
    </message>
</context>
<context>
    <name>pb::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect when Pricebook is started again. The --language option overrides this choice for one start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Pricebook. Die Option --language hat für einen Start Vorrang vor dieser Wahl.</translation>
    </message>
</context>
<context>
    <name>pb::ProductEditor</name>
    <message>
        <source>Change provider</source>
        <translation>Anbieter wechseln</translation>
    </message>
    <message>
        <source>Change account</source>
        <translation>Konto wechseln</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>What the customer pays</source>
        <translation>Was der Kunde zahlt</translation>
    </message>
    <message>
        <source>Cost against usage</source>
        <translation>Kosten nach Nutzung</translation>
    </message>
    <message>
        <source>What the customer pays (%1), by usage</source>
        <translation>Was der Kunde zahlt (%1), nach Nutzung</translation>
    </message>
    <message>
        <source>No account chosen</source>
        <translation>Kein Konto gewählt</translation>
    </message>
    <message>
        <source>Not kept for “%1”, as it was not a value: %2</source>
        <translation>Für „%1“ nicht übernommen, da es kein gültiger Wert war: %2</translation>
    </message>
    <message>
        <source>%1 products have no prices.</source>
        <translation>%1-Produkte haben keine Preise.</translation>
    </message>
    <message>
        <source> — %1 id %2</source>
        <translation> – %1-ID %2</translation>
    </message>
    <message>
        <source>Update: only the fields %1 lets you change are shown.</source>
        <translation>Aktualisierung: Nur die Felder, die %1 ändern lässt, werden angezeigt.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Archived: %1</source>
        <translation>Archiviert: %1</translation>
    </message>
    <message numerus="yes">
        <source> (%n archived)</source>
        <translation>
            <numerusform> (%n archiviert)</numerusform>
            <numerusform> (%n archiviert)</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived on %1: kept as history, no longer offered, never sent. Its fields cannot be edited.</source>
        <translation>Archiviert bei %1: als Verlauf behalten, nicht mehr angeboten, nie gesendet. Die Felder lassen sich nicht bearbeiten.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Offer it again: it becomes editable, and the change plan makes it active on %1</source>
        <translation>Wieder anbieten: Er wird bearbeitbar, und der Änderungsplan macht ihn bei %1 wieder aktiv</translation>
    </message>
</context>
<context>
    <name>pb::ProviderJob</name>
    <message>
        <source>the request was refused as invalid</source>
        <translation>die Anfrage wurde als ungültig abgelehnt</translation>
    </message>
    <message>
        <source>the API key was refused; check the account&apos;s key</source>
        <translation>der API-Schlüssel wurde abgelehnt; prüfen Sie den Schlüssel des Kontos</translation>
    </message>
    <message>
        <source>the request failed at the provider</source>
        <translation>die Anfrage ist beim Anbieter fehlgeschlagen</translation>
    </message>
    <message>
        <source>the API key is not allowed to do this</source>
        <translation>der API-Schlüssel darf das nicht</translation>
    </message>
    <message>
        <source>it was not found</source>
        <translation>es wurde nicht gefunden</translation>
    </message>
    <message>
        <source>it conflicts with an earlier request (an idempotency key was reused with different data)</source>
        <translation>sie widerspricht einer früheren Anfrage (ein Idempotenzschlüssel wurde mit anderen Daten wiederverwendet)</translation>
    </message>
    <message>
        <source>the provider could not process the data</source>
        <translation>der Anbieter konnte die Daten nicht verarbeiten</translation>
    </message>
    <message>
        <source>too many requests; the provider asked Pricebook to slow down</source>
        <translation>zu viele Anfragen; der Anbieter hat Pricebook gebeten, langsamer zu senden</translation>
    </message>
    <message>
        <source>the provider had an internal error (HTTP %1)</source>
        <translation>beim Anbieter ist ein interner Fehler aufgetreten (HTTP %1)</translation>
    </message>
    <message>
        <source>the provider redirected the request (HTTP %1), which Pricebook does not follow</source>
        <translation>der Anbieter hat die Anfrage umgeleitet (HTTP %1), was Pricebook nicht mitmacht</translation>
    </message>
    <message>
        <source>unexpected answer (HTTP %1)</source>
        <translation>unerwartete Antwort (HTTP %1)</translation>
    </message>
    <message>
        <source>%1: “%2” succeeded.</source>
        <translation>%1: „%2“ war erfolgreich.</translation>
    </message>
    <message>
        <source>%1: “%2” was cancelled.</source>
        <translation>%1: „%2“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 did not answer “%2” in time.</source>
        <translation>%1 hat auf „%2“ nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>%1: “%2” was not sent. %3</source>
        <translation>%1: „%2“ wurde nicht gesendet. %3</translation>
    </message>
    <message>
        <source>%1: “%2” was rate limited%3.</source>
        <translation>%1: „%2“ wurde wegen des Anfragelimits gebremst%3.</translation>
    </message>
    <message>
        <source> and %1</source>
        <translation> und %1</translation>
    </message>
    <message>
        <source>%1 answered “%2” with something Pricebook could not read (%3).</source>
        <translation>%1 hat auf „%2“ mit etwas geantwortet, das Pricebook nicht lesen konnte (%3).</translation>
    </message>
    <message>
        <source>Could not reach %1 for “%2”: %3.</source>
        <translation>%1 war für „%2“ nicht erreichbar: %3.</translation>
    </message>
    <message>
        <source>no answer arrived in time</source>
        <translation>es kam keine Antwort rechtzeitig an</translation>
    </message>
    <message>
        <source>it was cancelled after the request was sent</source>
        <translation>es wurde abgebrochen, nachdem die Anfrage gesendet war</translation>
    </message>
    <message>
        <source>the provider&apos;s gateway answered HTTP %1</source>
        <translation>das Gateway des Anbieters antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>the provider accepted it but its answer could not be read (%1)</source>
        <translation>der Anbieter hat es angenommen, aber seine Antwort war nicht lesbar (%1)</translation>
    </message>
    <message>
        <source>the connection failed after the request was sent (%1)</source>
        <translation>die Verbindung brach ab, nachdem die Anfrage gesendet war (%1)</translation>
    </message>
    <message>
        <source>The outcome of “%2” on %1 is unknown: %3.</source>
        <translation>Das Ergebnis von „%2“ bei %1 ist unbekannt: %3.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 refused “%2”: %3</source>
        <translation>%1 hat „%2“ abgelehnt: %3</translation>
    </message>
    <message>
        <source>Creating the product</source>
        <translation>Produkt wird angelegt</translation>
    </message>
    <message>
        <source>Creating the price</source>
        <translation>Preis wird angelegt</translation>
    </message>
    <message>
        <source>Making it the default price</source>
        <translation>Wird zum Standardpreis gemacht</translation>
    </message>
    <message>
        <source>Creating plan %1</source>
        <translation>Plan %1 wird angelegt</translation>
    </message>
    <message>
        <source>The answer was too large to read (more than %1 MB).</source>
        <translation>Die Antwort war zu groß zum Lesen (mehr als %1 MB).</translation>
    </message>
</context>
<context>
    <name>pb::Pull</name>
    <message>
        <source>%1 documents no way to read a product, so Pricebook cannot pull it.</source>
        <translation>%1 dokumentiert keine Möglichkeit, ein Produkt zu lesen, daher kann Pricebook es nicht abrufen.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>Katalog</translation>
    </message>
</context>
<context>
    <name>pb::PullCommand</name>
    <message>
        <source>The account to pull from (name or id).</source>
        <translation>Das Konto, von dem abgerufen wird (Name oder ID).</translation>
    </message>
    <message>
        <source>Read this product by its remote id (repeatable); without it, the whole list.</source>
        <translation>Dieses Produkt über seine Remote-ID lesen (wiederholbar); ohne diese Option die ganze Liste.</translation>
    </message>
    <message>
        <source>Requests per second (default: the provider&apos;s limit).</source>
        <translation>Anfragen pro Sekunde (Standard: das Limit des Anbieters).</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 4).</source>
        <translation>Gleichzeitig laufende Anfragen (Standard 4).</translation>
    </message>
    <message>
        <source>Machine-readable report.</source>
        <translation>Maschinenlesbarer Bericht.</translation>
    </message>
    <message>
        <source>Say which account to pull from: --account NAME.
</source>
        <translation>Geben Sie an, von welchem Konto abgerufen werden soll: --account NAME.
</translation>
    </message>
    <message>
        <source>No API key for “%1”: add it with `pricebook-cli accounts add … --key-stdin` or set its environment variable.
</source>
        <translation>Kein API-Schlüssel für „%1“: Fügen Sie ihn mit `pricebook-cli accounts add … --key-stdin` hinzu oder setzen Sie seine Umgebungsvariable.
</translation>
    </message>
    <message>
        <source><byte value="xd"/>%1 products read   </source>
        <translation><byte value="xd"/>%1 Produkte gelesen   </translation>
    </message>
    <message>
        <source>Pulled %1 products with %2 prices from “%3”: %4 added, %5 updated, %6 unchanged, %7 kept (changed here since the last sync).
</source>
        <translation>%1 Produkte mit %2 Preisen von „%3“ abgerufen: %4 hinzugefügt, %5 aktualisiert, %6 unverändert, %7 beibehalten (hier seit der letzten Synchronisierung geändert).
</translation>
    </message>
    <message>
        <source>read-only  %1
</source>
        <translation>schreibgeschützt  %1
</translation>
    </message>
    <message>
        <source>failed     %1  %2
</source>
        <translation>fehlgeschlagen    %1  %2
</translation>
    </message>
</context>
<context>
    <name>pb::PullDialog</name>
    <message>
        <source>Pull from provider</source>
        <translation>Vom Anbieter abrufen</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Remote ids, separated by spaces or commas</source>
        <translation>Remote-IDs, getrennt durch Leerzeichen oder Kommas</translation>
    </message>
    <message>
        <source>Link existing &amp;products:</source>
        <translation>Vorhandene &amp;Produkte verknüpfen:</translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Add an account first (File ▸ Accounts…).</source>
        <translation>Legen Sie zuerst ein Konto an (Datei ▸ Konten…).</translation>
    </message>
    <message>
        <source>Reads these products and their prices, and adopts them as synced.</source>
        <translation>Liest diese Produkte und ihre Preise und übernimmt sie als synchronisiert.</translation>
    </message>
    <message>
        <source>Reads every product of the account with all its prices, and adopts them as synced. Products pulled before are updated, not added again.</source>
        <translation>Liest jedes Produkt des Kontos mit allen seinen Preisen und übernimmt sie als synchronisiert. Bereits früher abgerufene Produkte werden aktualisiert, nicht erneut hinzugefügt.</translation>
    </message>
    <message>
        <source>Reading the key…</source>
        <translation>Schlüssel wird gelesen…</translation>
    </message>
    <message>
        <source>No API key for “%1”: add it in File ▸ Accounts….</source>
        <translation>Kein API-Schlüssel für „%1“: Fügen Sie ihn unter Datei ▸ Konten… hinzu.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 changed here since the last sync and left as they are.</source>
        <translation>%1 hier seit der letzten Synchronisierung geändert und unverändert gelassen.</translation>
    </message>
    <message>
        <source>Stopped. </source>
        <translation>Gestoppt. </translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Not read: %1: %2</source>
        <translation>Nicht gelesen: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) read…</source>
        <translation>
            <numerusform>%n Produkt gelesen…</numerusform>
            <numerusform>%n Produkte gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1 with %2: %3 added, %4 updated, %5 unchanged.</source>
        <comment>Read 3 products with 7 prices: …</comment>
        <translation>%1 mit %2 gelesen: %3 hinzugefügt, %4 aktualisiert, %5 unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s)</source>
        <translation>
            <numerusform>%n Preis</numerusform>
            <numerusform>%n Preise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::PushDialog</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Push products</source>
        <translation>Produkte übertragen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>%1 of %2 done: %3 sent or already there, %4 with problems</source>
        <translation>%1 von %2 erledigt: %3 gesendet oder bereits vorhanden, %4 mit Problemen</translation>
    </message>
    <message>
        <source> — paused</source>
        <translation> – angehalten</translation>
    </message>
    <message>
        <source> — about %1 s left</source>
        <translation> – noch etwa %1 s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>pb::RequestDialog</name>
    <message>
        <source>Request for “%1”</source>
        <translation>Anfrage für „%1“</translation>
    </message>
    <message>
        <source>This product is not valid for %1 yet; Pricebook will not send it until the marked fields are fixed.</source>
        <translation>Dieses Produkt ist für %1 noch nicht gültig; Pricebook sendet es erst, wenn die markierten Felder korrigiert sind.</translation>
    </message>
    <message>
        <source># Step %1 of %2: %3</source>
        <translation># Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
</context>
<context>
    <name>pb::RequestRunner</name>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation>„%1“ ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>Pricebook sends keys only over https; %1 is http and not this computer.</source>
        <translation>Pricebook sendet Schlüssel nur über https; %1 ist http und nicht dieser Computer.</translation>
    </message>
    <message>
        <source>“%1” is not an https address.</source>
        <translation>„%1“ ist keine https-Adresse.</translation>
    </message>
    <message>
        <source>asked to wait %1 s before trying again</source>
        <translation>wurde gebeten, %1 s bis zum nächsten Versuch zu warten</translation>
    </message>
</context>
<context>
    <name>pb::SandboxHost</name>
    <message>
        <source>The local sandbox could not listen on 127.0.0.1: %1</source>
        <translation>Die lokale Sandbox konnte nicht auf 127.0.0.1 lauschen: %1</translation>
    </message>
</context>
<context>
    <name>pb::SandboxServer</name>
    <message>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The sandbox&apos;s saved objects in %1 could not be read (%2). The file was kept as %3; the sandbox starts empty.</source>
        <translation>Die gespeicherten Objekte der Sandbox in %1 konnten nicht gelesen werden (%2). Die Datei wurde als %3 aufbewahrt; die Sandbox startet leer.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s saved objects in %1 could not be read (%2), and the file could not be moved aside; the sandbox keeps this run&apos;s objects in memory only.</source>
        <translation>Die gespeicherten Objekte der Sandbox in %1 konnten nicht gelesen werden (%2), und die Datei konnte nicht beiseitegelegt werden; die Sandbox hält die Objekte dieses Laufs nur im Speicher.</translation>
    </message>
    <message>
        <source>The sandbox could not save its objects in %1: %2</source>
        <translation>Die Sandbox konnte ihre Objekte nicht in %1 speichern: %2</translation>
    </message>
</context>
<context>
    <name>pb::SchemaForm</name>
    <message>
        <source>Choose a currency</source>
        <translation>Währung wählen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>key = value, one per line</source>
        <translation>Schlüssel = Wert, einer pro Zeile</translation>
    </message>
    <message>
        <source>EUR 27.99, one currency per line</source>
        <translation>EUR 27,99, eine Währung pro Zeile</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Einer pro Zeile</translation>
    </message>
    <message>
        <source>“%1” is not a number with at most two decimals.</source>
        <translation>„%1“ ist keine Zahl mit höchstens zwei Nachkommastellen.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>“%1” has no “=” between key and value.</source>
        <translation>„%1“ hat kein „=“ zwischen Schlüssel und Wert.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Required %1.</source>
        <translation>Erforderlich (%1).</translation>
    </message>
</context>
<context>
    <name>pb::SecretStore</name>
    <message>
        <source>No keychain service is running, so API keys cannot be stored. Start your desktop&apos;s keyring (GNOME Keyring or KWallet, which a desktop session starts) and restart Pricebook. Until then a key you enter is kept in memory until Pricebook closes, and never written to disk.</source>
        <translation>Es läuft kein Schlüsselbunddienst, daher können API-Schlüssel nicht gespeichert werden. Starten Sie den Schlüsselbund Ihres Desktops (GNOME Keyring oder KWallet, den eine Desktop-Sitzung startet) und starten Sie Pricebook neu. Bis dahin wird ein eingegebener Schlüssel bis zum Beenden von Pricebook im Speicher gehalten und nie auf die Festplatte geschrieben.</translation>
    </message>
</context>
<context>
    <name>pb::StripeAdapter</name>
    <message>
        <source>the earlier price</source>
        <translation>der frühere Preis</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>lookup key</source>
        <translation>Lookup-Schlüssel</translation>
    </message>
    <message>
        <source>tax behavior</source>
        <translation>Steuerbehandlung</translation>
    </message>
    <message>
        <source>active again</source>
        <translation>wieder aktiv</translation>
    </message>
    <message>
        <source>update price %1 (%2)</source>
        <translation>Preis %1 aktualisieren (%2)</translation>
    </message>
    <message>
        <source>make %1 the default</source>
        <translation>%1 zum Standard machen</translation>
    </message>
    <message>
        <source>create price %1 on %2</source>
        <translation>Preis %1 auf %2 anlegen</translation>
    </message>
    <message>
        <source>make it the default</source>
        <translation>ihn zum Standard machen</translation>
    </message>
    <message>
        <source>archive %1 (%2)</source>
        <translation>%1 archivieren (%2)</translation>
    </message>
</context>
<context>
    <name>pb::SyncEngine</name>
    <message>
        <source>No such product in the catalog.</source>
        <translation>Dieses Produkt gibt es im Katalog nicht.</translation>
    </message>
    <message>
        <source>The product has no client account.</source>
        <translation>Das Produkt hat kein Kundenkonto.</translation>
    </message>
    <message>
        <source>“%1” is not on %2 yet, so there is nothing to update.</source>
        <translation>„%1“ ist noch nicht bei %2, daher gibt es nichts zu aktualisieren.</translation>
    </message>
    <message>
        <source>“%1” is already on %2 as %3.</source>
        <translation>„%1“ ist bereits bei %2 als %3 vorhanden.</translation>
    </message>
    <message>
        <source>An earlier attempt may have created it; check on %1 before sending it again.</source>
        <translation>Ein früherer Versuch hat es möglicherweise angelegt; prüfen Sie es bei %1, bevor Sie es erneut senden.</translation>
    </message>
    <message>
        <source>“%1” was pulled read-only from %2, so Pricebook does not send it: %3</source>
        <translation>„%1“ wurde schreibgeschützt von %2 abgerufen, daher sendet Pricebook es nicht: %3</translation>
    </message>
    <message>
        <source>“%1” is not on %2, so there is nothing to archive.</source>
        <translation>„%1“ ist nicht bei %2, es gibt also nichts zu archivieren.</translation>
    </message>
    <message>
        <source>“%1” is not on %2, so there is nothing to restore.</source>
        <translation>„%1“ ist nicht bei %2, es gibt also nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>“%1” is already archived on %2.</source>
        <translation>„%1“ ist bei %2 bereits archiviert.</translation>
    </message>
    <message>
        <source>“%1” is already active on %2.</source>
        <translation>„%1“ ist bei %2 bereits aktiv.</translation>
    </message>
    <message>
        <source>%1 documents no update of a product by its id (its plans are changed one by one, by their own ids), so nothing was sent. Pull the product into a catalog, change it there, then use plan and apply.</source>
        <translation>%1 dokumentiert keine Aktualisierung eines Produkts über seine ID (seine Pläne werden einzeln über ihre eigenen IDs geändert), daher wurde nichts gesendet. Holen Sie das Produkt in einen Katalog, ändern Sie es dort und verwenden Sie dann plan und apply.</translation>
    </message>
    <message>
        <source>An update from a product file sends only the product&apos;s own fields, and this one has prices: %1 changes a price its own way (a new one, then the old one archived), which needs the product as last synced. Nothing was sent. Leave the prices out to update the product&apos;s fields, or pull the product into a catalog and use plan and apply.</source>
        <translation>Eine Aktualisierung aus einer Produktdatei sendet nur die eigenen Felder des Produkts, und diese Datei enthält Preise: %1 ändert einen Preis auf eigene Weise (ein neuer Preis, dann wird der alte archiviert), und dafür braucht es den zuletzt synchronisierten Stand. Es wurde nichts gesendet. Lassen Sie die Preise weg, um die Felder des Produkts zu aktualisieren, oder holen Sie das Produkt in einen Katalog und verwenden Sie plan und apply.</translation>
    </message>
</context>
<context>
    <name>pb::SyncTask</name>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent: cancelled.</source>
        <translation>Nicht gesendet: abgebrochen.</translation>
    </message>
    <message>
        <source>No API key for “%1”.</source>
        <translation>Kein API-Schlüssel für „%1“.</translation>
    </message>
    <message>
        <source>(Its progress could not be recorded either: %1)</source>
        <translation>(Auch sein Fortschritt konnte nicht festgehalten werden: %1)</translation>
    </message>
    <message>
        <source>%1 has it as %2, but the catalog does not know yet.</source>
        <translation>%1 führt es als %2, der Katalog weiß es aber noch nicht.</translation>
    </message>
    <message>
        <source>The result could not be recorded in the catalog: %1. %2</source>
        <translation>Das Ergebnis konnte nicht im Katalog festgehalten werden: %1. %2</translation>
    </message>
    <message>
        <source>%1 has done it, but the catalog does not know yet.</source>
        <translation>%1 hat es ausgeführt, aber der Katalog weiß es noch nicht.</translation>
    </message>
</context>
<context>
    <name>pb::TeamCatalogDialog</name>
    <message>
        <source>Connect to team catalog</source>
        <translation>Mit Team-Katalog verbinden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Catalog address:</source>
        <translation>Katalogadresse:</translation>
    </message>
    <message>
        <source>Your name in the history:</source>
        <translation>Ihr Name im Verlauf:</translation>
    </message>
    <message>
        <source>Give the address of a PostgreSQL catalog: postgresql://user@host/database.</source>
        <translation>Geben Sie die Adresse eines PostgreSQL-Katalogs an: postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>Empty team catalog</source>
        <translation>Leerer Team-Katalog</translation>
    </message>
    <message numerus="yes">
        <source>The team catalog is empty. Copy your catalog (%n product(s), with its accounts and history) into it?</source>
        <translation>
            <numerusform>Der Team-Katalog ist leer. Ihren Katalog (%n Produkt, mit seinen Konten und seinem Verlauf) hineinkopieren?</numerusform>
            <numerusform>Der Team-Katalog ist leer. Ihren Katalog (%n Produkte, mit seinen Konten und seinem Verlauf) hineinkopieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Nicht kopiert</translation>
    </message>
    <message>
        <source>Kept from last time, or from your password file</source>
        <translation>Vom letzten Mal gespeichert oder aus Ihrer Passwortdatei</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Password not kept</source>
        <translation>Passwort nicht gespeichert</translation>
    </message>
    <message>
        <source>A password typed here is kept in your system’s keychain, never in Pricebook’s settings. Leave it empty to use the one kept from last time, or the one in your PostgreSQL password file (PGPASSFILE, ~/.pgpass).</source>
        <translation>Ein hier eingegebenes Passwort wird im Schlüsselbund Ihres Systems aufbewahrt, nie in den Einstellungen von Pricebook. Lassen Sie das Feld leer, um das vom letzten Mal gespeicherte zu verwenden oder das aus Ihrer PostgreSQL-Passwortdatei (PGPASSFILE, ~/.pgpass).</translation>
    </message>
    <message>
        <source>The keychain did not take the password. It is used now; to connect again later, type it again.</source>
        <translation>Der Schlüsselbund hat das Passwort nicht angenommen. Es wird jetzt verwendet; um sich später wieder zu verbinden, geben Sie es erneut ein.</translation>
    </message>
</context>
<context>
    <name>pb::TierTableEditor</name>
    <message>
        <source>Up to (empty: no limit)</source>
        <translation>Bis (leer: unbegrenzt)</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>Pro Einheit</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Pauschal</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Staffeln</translation>
    </message>
    <message>
        <source>Add a tier</source>
        <translation>Staffel hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected tier</source>
        <translation>Ausgewählte Staffel entfernen</translation>
    </message>
    <message>
        <source>Move the selected tier up</source>
        <translation>Ausgewählte Staffel nach oben</translation>
    </message>
    <message>
        <source>Move the selected tier down</source>
        <translation>Ausgewählte Staffel nach unten</translation>
    </message>
    <message>
        <source>Tier %1: “%2” is not a whole number of units.</source>
        <translation>Staffel %1: „%2“ ist keine ganze Zahl von Einheiten.</translation>
    </message>
    <message>
        <source>Tier %1: %2</source>
        <translation>Staffel %1: %2</translation>
    </message>
</context>
</TS>
