<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en_GB">
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="43"/>
        <source> seconds</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="53"/>
        <source>Display and access</source>
        <translation>Wygląd i dostępność</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="64"/>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="71"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="75"/>
        <source>Less movement on screen</source>
        <translation>Mniej ruchu na ekranie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="78"/>
        <source>No moving highlight while words are read, no animations, no blinking cursor</source>
        <translation>Bez ruchomego podświetlenia przy czytaniu, bez animacji, bez migającego kursora</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="81"/>
        <source>Switch access in the room</source>
        <translation>Obsługa przełącznikiem na spotkaniu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="84"/>
        <source>One switch: the highlight moves by itself</source>
        <translation>Jeden przełącznik: podświetlenie przesuwa się samo</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="85"/>
        <source>Two switches: one moves, one chooses</source>
        <translation>Dwa przełączniki: jeden przesuwa, drugi wybiera</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="89"/>
        <source>Say each item as it is highlighted</source>
        <translation>Czytaj na głos każdy podświetlony element</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="98"/>
        <source>&amp;Language of the app:</source>
        <translation>&amp;Język aplikacji:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="99"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Kolory:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="99"/>
        <source>High contrast themes have the strongest contrast</source>
        <translation>Motywy o wysokim kontraście mają najsilniejszy kontrast</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="100"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Wielkość tekstu:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="101"/>
        <source>&amp;Font:</source>
        <translation>&amp;Czcionka:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="103"/>
        <source>Seeing</source>
        <translation>Widzenie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="110"/>
        <source>&amp;Which screen:</source>
        <translation>Któ&amp;ry ekran:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="112"/>
        <source>With one screen the display covers the console; Escape brings the console back</source>
        <translation>Przy jednym ekranie ekran sali zakrywa konsolę; Escape przywraca konsolę</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="114"/>
        <source>Text si&amp;ze:</source>
        <translation>Ro&amp;zmiar tekstu:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="115"/>
        <source>C&amp;olours:</source>
        <translation>Kol&amp;ory:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="117"/>
        <source>Room display: which screen</source>
        <translation>Ekran sali: który ekran</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="118"/>
        <source>Room display: text size</source>
        <translation>Ekran sali: rozmiar tekstu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="119"/>
        <source>Room display: colours</source>
        <translation>Ekran sali: kolory</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="120"/>
        <source>Room display</source>
        <translation>Ekran sali</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="125"/>
        <source>&amp;Switches:</source>
        <translation>&amp;Przełączniki:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="127"/>
        <source>Time on each &amp;item:</source>
        <translation>Czas na każdym &amp;elemencie:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="127"/>
        <source>How long the highlight stays, 0.5 to 10 seconds</source>
        <translation>Jak długo trwa podświetlenie, od 0,5 do 10 sekund</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="131"/>
        <source>E&amp;xtra time on the first item:</source>
        <translation>&amp;Dodatkowy czas na pierwszym elemencie:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="133"/>
        <source>Time to get ready after a choice</source>
        <translation>Czas na przygotowanie po wyborze</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="137"/>
        <source>&amp;Hold the switch for:</source>
        <translation>&amp;Trzymaj przełącznik przez:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="139"/>
        <source>A press counts only when held this long; 0 counts every press</source>
        <translation>Naciśnięcie liczy się tylko, gdy trwa tak długo; 0 oznacza każde naciśnięcie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="142"/>
        <source>Switch access</source>
        <translation>Obsługa przełącznikiem</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="182"/>
        <source>Choose for me</source>
        <translation>Wybierz za mnie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="189"/>
        <source>{name} (not connected now)</source>
        <extracomment>A screen chosen before (its name from the system) that is not plugged in now.</extracomment>
        <translation>{name} (teraz niepodłączony)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="232"/>
        <source>Screen {number}: {width} × {height}</source>
        <extracomment>A screen in the list of screens the room display can be shown on, when it has no name.</extracomment>
        <translation>Ekran {number}: {width} × {height}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="236"/>
        <source>Screen {number}: {name} {width} × {height}</source>
        <extracomment>A screen in the list of screens the room display can be shown on: its number, name and size.</extracomment>
        <translation>Ekran {number}: {name} {width} × {height}</translation>
    </message>
</context>
<context>
    <name>AfterMeetingPanel</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="75"/>
        <source>After the meeting: for the take-home sheets</source>
        <translation>Po spotkaniu: do kartek do domu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="78"/>
        <source>Printed on everyone&apos;s sheet. Leave out what you do not need.</source>
        <translation>Drukowane na kartce każdej osoby. Pomiń to, czego nie potrzebujesz.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="90"/>
        <source>P&amp;urpose of the meeting:</source>
        <translation>Cel &amp;spotkania:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="90"/>
        <source>Why we met, in one short line</source>
        <translation>Po co się spotkaliśmy, w jednej krótkiej linijce</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="93"/>
        <source>&amp;What the group decided, one on each line:</source>
        <translation>&amp;Co grupa postanowiła, jedno w każdej linijce:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="95"/>
        <source>Each decision on a line of its own</source>
        <translation>Każda decyzja w osobnej linijce</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="99"/>
        <source>What happens &amp;next, one on each line:</source>
        <translation>Co będzie &amp;dalej, jedno w każdej linijce:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="101"/>
        <source>Each next step on a line of its own, for example who does what</source>
        <translation>Każdy kolejny krok w osobnej linijce, na przykład kto co robi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="103"/>
        <source>Ne&amp;xt meeting:</source>
        <translation>&amp;Następne spotkanie:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="103"/>
        <source>When and where we meet next</source>
        <translation>Kiedy i gdzie spotkamy się następnym razem</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="104"/>
        <source>Who to c&amp;ontact:</source>
        <translation>Do kogo się z&amp;wracać:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="104"/>
        <source>A name and how to reach them</source>
        <translation>Imię i jak się skontaktować</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="106"/>
        <source>Starts &amp;at (like 14:00):</source>
        <extracomment>14:00 shows how a time must be typed (24-hour clock): keep it as it is.</extracomment>
        <translation>&amp;Początek (np. 14:00):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="108"/>
        <source>&amp;Ends at (like 15:30):</source>
        <extracomment>15:30 shows how a time must be typed (24-hour clock): keep it as it is.</extracomment>
        <translation>&amp;Koniec (np. 15:30):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="111"/>
        <source>Printed as the author of every document. Kept on this laptop for every meeting, not just this one.</source>
        <translation>Drukowana jako autor każdego dokumentu. Zapisana na tym laptopie dla każdego spotkania, nie tylko tego.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="113"/>
        <source>Your or&amp;ganisation, for every meeting:</source>
        <translation>Twoja or&amp;ganizacja, dla każdego spotkania:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="119"/>
        <source>Save for the take-&amp;home sheets</source>
        <translation>Zapisz do kartek do &amp;domu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="227"/>
        <source>Saved for the take-home sheets.</source>
        <translation>Zapisano do kartek do domu.</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="56"/>
        <source>Standard</source>
        <extracomment>A colour scheme for the whole app, chosen from a list in Display and access.</extracomment>
        <translation>Standardowy</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="85"/>
        <source>High contrast light</source>
        <extracomment>A colour scheme for the whole app, chosen from a list in Display and access.</extracomment>
        <translation>Wysoki kontrast, jasny</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="113"/>
        <source>High contrast dark</source>
        <extracomment>A colour scheme for the whole app, chosen from a list in Display and access.</extracomment>
        <translation>Wysoki kontrast, ciemny</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="140"/>
        <source>Cream background</source>
        <extracomment>A colour scheme for the whole app, chosen from a list in Display and access.</extracomment>
        <translation>Kremowe tło</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="183"/>
        <source>Atkinson Hyperlegible (clear letters)</source>
        <extracomment>A font for the whole app, chosen from a list. &apos;Atkinson Hyperlegible&apos; and &apos;OpenDyslexic&apos; are names: keep them; translate the words in brackets.</extracomment>
        <translation>Atkinson Hyperlegible (wyraźne litery)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="184"/>
        <source>OpenDyslexic (for dyslexia)</source>
        <extracomment>A font for the whole app, chosen from a list. &apos;Atkinson Hyperlegible&apos; and &apos;OpenDyslexic&apos; are names: keep them; translate the words in brackets.</extracomment>
        <translation>OpenDyslexic (przy dysleksji)</translation>
    </message>
</context>
<context>
    <name>AudioExporter</name>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="37"/>
        <source>Save their words as audio</source>
        <translation>Zapisz słowa jako dźwięk</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="37"/>
        <source>Sound files (*.wav)</source>
        <translation>Pliki dźwiękowe (*.wav)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="42"/>
        <source>Making the sound file…</source>
        <translation>Tworzę plik dźwiękowy…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="50"/>
        <source>Sound file saved: {path}</source>
        <translation>Zapisano plik dźwiękowy: {path}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="55"/>
        <source>Save as audio</source>
        <translation>Zapisz jako dźwięk</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="54"/>
        <source>The sound file could not be made: {reason}</source>
        <translation>Nie udało się utworzyć pliku dźwiękowego: {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="56"/>
        <source>The sound file could not be made.</source>
        <translation>Nie udało się utworzyć pliku dźwiękowego.</translation>
    </message>
</context>
<context>
    <name>BackupKeeper</name>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="76"/>
        <source>Backed up automatically at {when}. Meetings: {meetings}. Contributions: {contributions}.</source>
        <extracomment>Status line after an automatic backup. {when}: a date and time; {meetings}, {contributions}: numbers.</extracomment>
        <translation>Automatyczna kopia zapasowa o {when}. Spotkania: {meetings}. Wypowiedzi: {contributions}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="84"/>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="105"/>
        <source>Backing up…</source>
        <translation>Tworzenie kopii zapasowej…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="96"/>
        <source>Back up to</source>
        <translation>Kopia zapasowa do</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="96"/>
        <source>Meeting backups (*.db)</source>
        <translation>Kopie zapasowe spotkań (*.db)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="114"/>
        <source>Backed up to {path} at {when}. Meetings: {meetings}. Contributions: {contributions}.</source>
        <extracomment>{path}: where the backup was saved; {when}: a date and time; {meetings}, {contributions}: numbers.</extracomment>
        <translation>Kopia zapasowa w {path} o {when}. Spotkania: {meetings}. Wypowiedzi: {contributions}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="118"/>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="136"/>
        <source>Backup</source>
        <translation>Kopia zapasowa</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="133"/>
        <source>The backup was not made: {reason}</source>
        <extracomment>Status line when a backup fails; {reason} says why. The meeting goes on.</extracomment>
        <translation>Kopia zapasowa nie powstała: {reason}</translation>
    </message>
</context>
<context>
    <name>CardBringer</name>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="80"/>
        <source>Bring in photos, pictures or a board</source>
        <translation>Dodaj zdjęcia, obrazki lub tablicę</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="82"/>
        <source>Pictures and AAC boards ({pictures} *.obf *.obz);;All files (*)</source>
        <translation>Obrazki i tablice AAC ({pictures} *.obf *.obz);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="118"/>
        <source>Reading {file}…</source>
        <translation>Czytam {file}…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="150"/>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="226"/>
        <source>Getting {file} ready…</source>
        <translation>Przygotowuję {file}…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="163"/>
        <source>Added the picture card “{card}”.</source>
        <translation>Dodano kartę obrazkową „{card}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="192"/>
        <source>Save the cards as a board</source>
        <translation>Zapisz karty jako tablicę</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="194"/>
        <source>Open Board packages (*.obz)</source>
        <translation>Pakiety Open Board (*.obz)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="199"/>
        <source>Saving the cards…</source>
        <translation>Zapisuję karty…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="202"/>
        <source>Cards saved as a board: {path}</source>
        <translation>Zapisano karty jako tablicę: {path}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="219"/>
        <source>Their photo</source>
        <translation>Zdjęcie tej osoby</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="221"/>
        <source>Photos ({pictures})</source>
        <translation>Zdjęcia ({pictures})</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="240"/>
        <source>Saved the photo of {name}.</source>
        <translation>Zapisano zdjęcie: {name}.</translation>
    </message>
</context>
<context>
    <name>CardGrid</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="72"/>
        <source>✓ {card}</source>
        <extracomment>a card in the picker that is already in the contribution being made.</extracomment>
        <translation>✓ {card}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="75"/>
        <source>{card}, chosen</source>
        <extracomment>what a screen reader says for a card already in the contribution being made.</extracomment>
        <translation>{card}, wybrana</translation>
    </message>
</context>
<context>
    <name>CardsEditor</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="67"/>
        <source>Groups of cards shown in the room</source>
        <translation>Grupy kart pokazywane w sali</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="68"/>
        <source>Space ticks or clears a group.</source>
        <translation>Spacja zaznacza lub odznacza grupę.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="85"/>
        <source>Cards in this group: ticked ones show in the room</source>
        <translation>Karty w tej grupie: zaznaczone widać w sali</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="88"/>
        <source>&amp;Bring in photos, pictures or a board…</source>
        <translation>&amp;Dodaj zdjęcia, obrazki lub tablicę…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="90"/>
        <source>Photos and pictures (JPEG, PNG …) or AAC boards (.obf, .obz). You can also drop files here.</source>
        <translation>Zdjęcia i obrazki (JPEG, PNG …) lub tablice AAC (.obf, .obz). Możesz też upuścić pliki tutaj.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="92"/>
        <source>&amp;Save these cards as a board (.obz)…</source>
        <translation>&amp;Zapisz te karty jako tablicę (.obz)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="93"/>
        <source>&amp;Remove a card that was brought in</source>
        <translation>&amp;Usuń dodaną kartę</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="109"/>
        <source>Groups shown in the room:</source>
        <translation>Grupy pokazywane w sali:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="112"/>
        <source>Cards in the group (untick to hide one):</source>
        <translation>Karty w grupie (odznacz, aby ukryć):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="245"/>
        <source>The room will show the ticked cards.</source>
        <translation>W sali będą widoczne zaznaczone karty.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="250"/>
        <source>Choose a card that was brought in first.</source>
        <translation>Najpierw wybierz dodaną kartę.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="258"/>
        <source>Card removed.</source>
        <translation>Usunięto kartę.</translation>
    </message>
</context>
<context>
    <name>ChosenCards</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="316"/>
        <source>Remove {card}</source>
        <translation>Usuń: {card}</translation>
    </message>
</context>
<context>
    <name>CleanUpDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="108"/>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="200"/>
        <source>Clean up old meetings</source>
        <translation>Wyczyść stare spotkania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="110"/>
        <source>These meetings are older than you keep them. Untick any you want to keep.</source>
        <translation>Te spotkania są starsze, niż je przechowujesz. Odznacz te, które chcesz zachować.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="111"/>
        <source>&amp;Meetings to delete:</source>
        <translation>&amp;Spotkania do usunięcia:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="113"/>
        <source>Meetings to delete</source>
        <translation>Spotkania do usunięcia</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="114"/>
        <source>Press Space to tick or untick a meeting.</source>
        <translation>Spacja zaznacza lub odznacza spotkanie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="132"/>
        <source>A backup is made first. Backups keep these meetings until the backups expire. People are kept: erase them in People on this laptop.</source>
        <translation>Najpierw powstaje kopia zapasowa. Kopie zapasowe przechowują te spotkania, dopóki nie wygasną. Osoby zostają: usuń je w oknie „Osoby na tym laptopie”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="145"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="146"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="148"/>
        <source>Delete the ticked meetings, after a backup. You are asked first.</source>
        <translation>Usuń zaznaczone spotkania po utworzeniu kopii zapasowej. Najpierw pojawi się pytanie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="163"/>
        <source>No meetings are older than you keep them.</source>
        <translation>Żadne spotkanie nie jest starsze, niż je przechowujesz.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="173"/>
        <source>{title} — {date} — Contributions: {count}</source>
        <extracomment>One meeting to clean up. {title}: its title; {date}: its date in words; {count}: a number.</extracomment>
        <translation>{title} — {date} — Wypowiedzi: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="190"/>
        <source>Delete the meetings ticked?</source>
        <translation>Usunąć zaznaczone spotkania?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="192"/>
        <source>Meetings: {meetings}. Contributions: {contributions}.</source>
        <extracomment>Before deleting. {meetings}, {contributions}: numbers.</extracomment>
        <translation>Spotkania: {meetings}. Wypowiedzi: {contributions}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="195"/>
        <source>A backup is made first. If it cannot be made, nothing is deleted.</source>
        <translation>Najpierw powstaje kopia zapasowa. Jeśli się nie uda, nic nie zostanie usunięte.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="201"/>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="202"/>
        <source>&amp;Keep them</source>
        <translation>&amp;Zostaw je</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="213"/>
        <source>Making a backup first…</source>
        <translation>Najpierw tworzę kopię zapasową…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="223"/>
        <source>The backup was not made, so nothing was deleted. {reason}</source>
        <extracomment>The backup before a clean-up failed. {reason}: why.</extracomment>
        <translation>Kopia zapasowa nie powstała, więc nic nie usunięto. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="244"/>
        <source>The backup was made.</source>
        <translation>Kopia zapasowa powstała.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="250"/>
        <source>Meetings deleted: {count}</source>
        <translation>Usunięte spotkania: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="254"/>
        <source>People left with no meeting: {count}. To erase them, use People on this laptop.</source>
        <extracomment>After a clean-up. {count}: people who now take part in no meeting (they are kept).</extracomment>
        <translation>Osoby bez żadnego spotkania: {count}. Aby je usunąć, użyj okna „Osoby na tym laptopie”.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="37"/>
        <source>Normal cards</source>
        <translation>Zwykłe karty</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="38"/>
        <source>Large cards</source>
        <translation>Duże karty</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="39"/>
        <source>Very large cards</source>
        <translation>Bardzo duże karty</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="40"/>
        <source>Huge cards</source>
        <translation>Ogromne karty</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="182"/>
        <source>Find a card…</source>
        <translation>Znajdź kartę…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="183"/>
        <source>Find a card</source>
        <translation>Znajdź kartę</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="185"/>
        <source>Type a word; the cards that match show below. Ctrl+F comes back here from anywhere in the room.</source>
        <translation>Wpisz słowo; pasujące karty pojawią się poniżej. Ctrl+F wraca tutaj z każdego miejsca w sali.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="191"/>
        <source>Which picture cards to show</source>
        <translation>Które karty obrazkowe pokazać</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="196"/>
        <source>Card size</source>
        <translation>Rozmiar kart</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="197"/>
        <source>Ctrl+Plus and Ctrl+Minus also change it</source>
        <translation>Ctrl+Plus i Ctrl+Minus też go zmieniają</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="198"/>
        <source>Picture cards: press Enter or Space to add one</source>
        <translation>Karty obrazkowe: naciśnij Enter lub spację, aby dodać kartę</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="203"/>
        <source>Quick cards</source>
        <translation>Szybkie karty</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="206"/>
        <source>Cards chosen: press Delete to take one away</source>
        <translation>Wybrane karty: naciśnij Delete, aby usunąć kartę</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="207"/>
        <source>Chosen (click one to take it away):</source>
        <translation>Wybrane (kliknij kartę, aby ją usunąć):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="212"/>
        <source>Their words</source>
        <translation>Słowa tej osoby</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="214"/>
        <source>Type what they said, word for word. Ctrl+Enter saves. Ctrl+1 to Ctrl+6 add a matching card.</source>
        <translation>Wpisz dokładnie, co ta osoba powiedziała. Ctrl+Enter zapisuje. Ctrl+1 do Ctrl+6 dodają pasującą kartę.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="216"/>
        <source>Type what they said, word for word</source>
        <translation>Wpisz dokładnie, co ta osoba powiedziała</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="218"/>
        <source>Their &amp;words:</source>
        <translation>Sł&amp;owa tej osoby:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="222"/>
        <location filename="../coprod_desktop/ui/room/composer.py" line="223"/>
        <source>Save contribution</source>
        <translation>Zapisz wypowiedź</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="224"/>
        <source>Shortcut: Ctrl+Enter</source>
        <translation>Skrót: Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="226"/>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="227"/>
        <source>Clear the cards and words</source>
        <translation>Wyczyść karty i słowa</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="240"/>
        <source>&amp;Cards:</source>
        <translation>&amp;Karty:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="244"/>
        <source>&amp;Group:</source>
        <extracomment>the label of the drop-down list of card groups (All cards, Feelings, Food...).</extracomment>
        <translation>&amp;Grupa:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="246"/>
        <source>Si&amp;ze:</source>
        <translation>Ro&amp;zmiar:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="342"/>
        <source>All cards</source>
        <translation>Wszystkie karty</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="360"/>
        <source>For their words:</source>
        <translation>Pasujące do słów:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="360"/>
        <source>Used lately:</source>
        <translation>Ostatnio używane:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="362"/>
        <source>Add {card}</source>
        <translation>Dodaj: {card}</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="73"/>
        <source>Consent: {name}</source>
        <extracomment>The window title; {name} is the person&apos;s full name.</extracomment>
        <translation>Zgoda: {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="81"/>
        <source>What they agree to now, and every answer they gave. Change any answer, then press Record.</source>
        <translation>Na co ta osoba zgadza się teraz i wszystkie jej odpowiedzi. Zmień odpowiedź, potem naciśnij „Zapisz”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="89"/>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="450"/>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="90"/>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="451"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="91"/>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="452"/>
        <source>Initials</source>
        <translation>Inicjały</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="92"/>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="453"/>
        <source>A name they choose</source>
        <translation>Wybrane imię</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="93"/>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="454"/>
        <source>Not named (anonymous)</source>
        <translation>Bez imienia (anonimowo)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="96"/>
        <source>Not asked yet</source>
        <translation>Jeszcze nie zapytano</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="100"/>
        <source>How they are named</source>
        <translation>Jak podpisywać tę osobę</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="103"/>
        <source>&amp;Name them as:</source>
        <translation>&amp;Podpisuj jako:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="104"/>
        <source>How their name appears beside what they say, on screen and on paper</source>
        <translation>Jak podpisać słowa tej osoby na ekranie i na papierze</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="108"/>
        <source>C&amp;hosen name:</source>
        <translation>&amp;Wybrane imię:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="108"/>
        <source>The name they want to be credited as</source>
        <translation>Imię, pod którym osoba chce być podpisana</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="115"/>
        <source>&amp;Take-home documents</source>
        <translation>&amp;Dokumenty do domu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="116"/>
        <source>Their &amp;words outside the room</source>
        <translation>&amp;Słowa poza spotkaniem</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="117"/>
        <source>Ph&amp;oto</source>
        <translation>&amp;Zdjęcie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="118"/>
        <source>&amp;Sharing their communication profile</source>
        <translation>&amp;Udostępnianie profilu komunikacji</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="122"/>
        <source>Yes: make take-home sheets and a record of involvement for them.</source>
        <translation>Tak: zrób dla tej osoby kartki do domu i potwierdzenie udziału.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="123"/>
        <source>No: make no take-home documents for them.</source>
        <translation>Nie: nie rób dla tej osoby dokumentów do domu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="126"/>
        <source>Yes: their words can go in the summary and in saved files.</source>
        <translation>Tak: słowa tej osoby mogą trafić do podsumowania i do zapisanych plików.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="127"/>
        <source>No: their words stay in the room.</source>
        <translation>Nie: słowa tej osoby zostają na spotkaniu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="130"/>
        <source>Yes: a photo of them can be kept and shown.</source>
        <translation>Tak: można przechowywać i pokazywać zdjęcie tej osoby.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="131"/>
        <source>No photo of them. Any photo is deleted.</source>
        <translation>Bez zdjęcia tej osoby. Każde jej zdjęcie zostanie usunięte.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="134"/>
        <source>Yes: their communication profile can go in files for another laptop.</source>
        <translation>Tak: profil komunikacji tej osoby może trafić do plików dla innego laptopa.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="135"/>
        <source>No: their profile stays on this laptop.</source>
        <translation>Nie: profil zostaje na tym laptopie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="164"/>
        <source>In person</source>
        <translation>Osobiście</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="165"/>
        <source>With an Easy Read form</source>
        <translation>Formularzem w tekście łatwym do czytania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="166"/>
        <source>Through a supporter</source>
        <translation>Przez osobę wspierającą</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="167"/>
        <source>By phone or email</source>
        <translation>Telefonicznie lub e-mailem</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="168"/>
        <source>Not noted</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="175"/>
        <source>How was this &amp;asked?</source>
        <translation>&amp;Jak o to zapytano?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="175"/>
        <source>Kept with each answer recorded</source>
        <translation>Zapisywane przy każdej odpowiedzi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="177"/>
        <source>What were they to&amp;ld?</source>
        <translation>&amp;Co powiedziano tej osobie?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="178"/>
        <source>What they were told it is for, in your own words. Kept with each answer recorded.</source>
        <translation>Co powiedziano tej osobie o celu, Twoimi słowami. Zapisywane przy każdej odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="182"/>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="193"/>
        <source>Every answer they gave, newest first</source>
        <translation>Wszystkie odpowiedzi tej osoby, najnowsze pierwsze</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="195"/>
        <source>&amp;Record</source>
        <translation>Z&amp;apisz</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="196"/>
        <source>Record</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="197"/>
        <source>Record every answer you changed</source>
        <translation>Zapisz każdą zmienioną odpowiedź</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="198"/>
        <source>&amp;Close</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="199"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="251"/>
        <source>This person is no longer on this laptop.</source>
        <translation>Tej osoby nie ma już na tym laptopie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="264"/>
        <source>Nothing recorded yet.</source>
        <translation>Jeszcze nic nie zapisano.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="297"/>
        <source>No answer has changed. Change an answer first, then press Record.</source>
        <translation>Żadna odpowiedź się nie zmieniła. Najpierw zmień odpowiedź, potem naciśnij „Zapisz”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="300"/>
        <source>Taking back consent deletes their photo now. Go on?</source>
        <translation>Wycofanie zgody usunie teraz zdjęcie. Kontynuować?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="503"/>
        <source>Photo consent</source>
        <extracomment>{choice} is how they are named, e.g. &quot;First name&quot;. In the consent history; {choice} is how they chose to be named, e.g. &quot;Initials&quot;. In the consent history: {date}, what they said, and how they were asked. In the consent history: {date} and what they said. In the consent history, after the answer: what the person was told when asked. The title of the question asked before photo consent is taken back.</extracomment>
        <translation>Zgoda na zdjęcie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="425"/>
        <source>Now: not asked yet. Each meeting&apos;s choice is used.</source>
        <translation>Teraz: jeszcze nie zapytano. Obowiązuje wybór z każdego spotkania.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="427"/>
        <source>Now: not named. They are shown as Anonymous everywhere.</source>
        <translation>Teraz: bez imienia. Wszędzie widać tę osobę jako anonimową.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="429"/>
        <source>Now: {choice}</source>
        <extracomment>{choice} is how they are named, e.g. &quot;First name&quot;.</extracomment>
        <translation>Teraz: {choice}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="435"/>
        <source>Now: yes, take-home documents are made for them.</source>
        <translation>Teraz: tak, ta osoba dostaje dokumenty do domu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="436"/>
        <source>Now: no take-home documents are made for them.</source>
        <translation>Teraz: nie, ta osoba nie dostaje dokumentów do domu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="437"/>
        <source>Now: yes, their words can go in summaries and saved files.</source>
        <translation>Teraz: tak, słowa tej osoby mogą trafić do podsumowań i zapisanych plików.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="438"/>
        <source>Now: their words stay in the room.</source>
        <translation>Teraz: słowa tej osoby zostają na spotkaniu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="439"/>
        <source>Now: yes, a photo of them can be used.</source>
        <translation>Teraz: tak, można używać zdjęcia tej osoby.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="440"/>
        <source>Now: no photo of them is kept.</source>
        <translation>Teraz: nie przechowujemy zdjęcia tej osoby.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="441"/>
        <source>Now: yes, their profile can go in files for another laptop.</source>
        <translation>Teraz: tak, profil tej osoby może trafić do plików dla innego laptopa.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="442"/>
        <source>Now: their profile stays on this laptop.</source>
        <translation>Teraz: profil tej osoby zostaje na tym laptopie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="457"/>
        <source>said yes to take-home sheets</source>
        <translation>zgoda na kartki do domu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="458"/>
        <source>said no to take-home sheets</source>
        <translation>brak zgody na kartki do domu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="459"/>
        <source>said yes to their words being used outside the room</source>
        <translation>zgoda na użycie słów poza spotkaniem</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="460"/>
        <source>said no to their words being used outside the room</source>
        <translation>brak zgody na użycie słów poza spotkaniem</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="461"/>
        <source>said yes to a photo</source>
        <translation>zgoda na zdjęcie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="462"/>
        <source>said no to a photo</source>
        <translation>brak zgody na zdjęcie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="463"/>
        <source>said yes to sharing their profile</source>
        <translation>zgoda na udostępnianie profilu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="464"/>
        <source>said no to sharing their profile</source>
        <translation>brak zgody na udostępnianie profilu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="468"/>
        <source>chose to be named by: {choice}</source>
        <extracomment>In the consent history; {choice} is how they chose to be named, e.g. &quot;Initials&quot;.</extracomment>
        <translation>wybrany podpis: {choice}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="472"/>
        <source>in person</source>
        <translation>osobiście</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="473"/>
        <source>with an Easy Read form</source>
        <translation>formularzem w tekście łatwym do czytania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="474"/>
        <source>through a supporter</source>
        <translation>przez osobę wspierającą</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="475"/>
        <source>by phone or email</source>
        <translation>telefonicznie lub e-mailem</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="479"/>
        <source>{date}: {what}, {how}.</source>
        <extracomment>In the consent history: {date}, what they said, and how they were asked.</extracomment>
        <translation>{date}: {what}, {how}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="482"/>
        <source>{date}: {what}.</source>
        <extracomment>In the consent history: {date} and what they said.</extracomment>
        <translation>{date}: {what}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="485"/>
        <source>Told: {told}</source>
        <extracomment>In the consent history, after the answer: what the person was told when asked.</extracomment>
        <translation>Powiedziano: {told}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="487"/>
        <source>Note: {note}</source>
        <translation>Notatka: {note}</translation>
    </message>
</context>
<context>
    <name>ContributionCard</name>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="66"/>
        <source>Press Enter to correct it.</source>
        <translation>Naciśnij Enter, aby poprawić.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="73"/>
        <source>{name} said:</source>
        <extracomment>the credit above a contribution on the wall; {name} is the person as they chose to be credited.</extracomment>
        <translation>{name} mówi:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="109"/>
        <source>Cards: {cards}</source>
        <translation>Karty: {cards}</translation>
    </message>
</context>
<context>
    <name>ContributionDetails</name>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="21"/>
        <source>supporter</source>
        <translation>osoba wspierająca</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="22"/>
        <source>advocate</source>
        <translation>rzecznik</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="23"/>
        <source>interpreter</source>
        <translation>tłumacz</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="41"/>
        <source>{names} and {last}</source>
        <extracomment>joins the last two of several names: &quot;Priya, Sam and Dot&quot;.</extracomment>
        <translation>{names} i {last}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="41"/>
        <source>, </source>
        <extracomment>joins the last two of several names: &quot;Priya, Sam and Dot&quot;.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="53"/>
        <source>With support from {supporter} ({role}).</source>
        <translation>Z pomocą: {supporter} ({role}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="59"/>
        <source>With support from their {role}.</source>
        <extracomment>under a contribution made with the help of someone not named.</extracomment>
        <translation>Z pomocą: {role}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="62"/>
        <source>✓ Confirmed: they said this is right.</source>
        <extracomment>under a contribution the person heard read back and said was right.</extracomment>
        <translation>✓ Potwierdzone: osoba mówi, że to się zgadza.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="66"/>
        <source>{name} agrees.</source>
        <extracomment>under a contribution; {name} added their marker to say they agree.</extracomment>
        <translation>{name} zgadza się.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="69"/>
        <source>{names} agree.</source>
        <extracomment>under a contribution; {names} is a list of people who agree with it.</extracomment>
        <translation>Zgadzają się: {names}.</translation>
    </message>
</context>
<context>
    <name>CorrectingPanel</name>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="61"/>
        <source>Their words, corrected</source>
        <translation>Słowa tej osoby, poprawione</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="63"/>
        <source>W&amp;ords:</source>
        <translation>Sło&amp;wa:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="66"/>
        <source>Its cards: press Delete to take one away</source>
        <translation>Karty: naciśnij Delete, aby usunąć kartę</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="69"/>
        <source>Cards: choose one in the picker below to add it; click one here to take it away.</source>
        <translation>Karty: wybierz kartę poniżej, aby ją dodać; kliknij kartę tutaj, aby ją usunąć.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="74"/>
        <source>Nobody</source>
        <translation>Nikt</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="77"/>
        <source>Supported by</source>
        <translation>Przy wsparciu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="78"/>
        <source>Supported b&amp;y:</source>
        <translation>Prz&amp;y wsparciu:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="81"/>
        <source>Their supporter&apos;s name</source>
        <translation>Imię osoby wspierającej</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="82"/>
        <source>Name (optional)</source>
        <translation>Imię (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="84"/>
        <source>Save changes</source>
        <translation>Zapisz zmiany</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="85"/>
        <source>Saves the words, cards and support as shown</source>
        <translation>Zapisuje słowa, karty i wsparcie tak, jak je widać</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="90"/>
        <source>Credit to</source>
        <translation>Kto to powiedział</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="91"/>
        <source>Cr&amp;edit to:</source>
        <translation>Kto to powi&amp;edział:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="95"/>
        <source>Move to the prompt</source>
        <translation>Przenieś do tematu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="97"/>
        <source>Mo&amp;ve to the prompt:</source>
        <translation>Przenieś do &amp;tematu:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="104"/>
        <source>Withdraw…</source>
        <translation>Wycofaj…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="105"/>
        <source>Withdraw this contribution</source>
        <translation>Wycofaj tę wypowiedź</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="106"/>
        <source>The person&apos;s choice: its words are erased</source>
        <translation>Decyzja tej osoby: słowa zostaną usunięte</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="108"/>
        <source>Done correcting</source>
        <translation>Koniec poprawiania</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <location filename="../coprod_desktop/ui/display/display_window.py" line="36"/>
        <location filename="../coprod_desktop/ui/display/display_window.py" line="37"/>
        <source>Room display</source>
        <extracomment>Title of the window the room display is shown in (window lists, screen readers).</extracomment>
        <translation>Ekran sali</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="324"/>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="325"/>
        <source>Erase or anonymise {name}</source>
        <extracomment>Window title; {name} is the person&apos;s name.</extracomment>
        <translation>Usuń lub anonimizuj: {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="327"/>
        <source>&amp;Anonymise</source>
        <extracomment>A choice: keep what the person said, without their name. Explained in the line below it.</extracomment>
        <translation>&amp;Anonimizuj</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="330"/>
        <source>Keep what they said, without their name. Their words stay, shown as said by a former participant. Their name, photo, profile, consent history and expenses are deleted.</source>
        <translation>Zachowaj słowa tej osoby, ale bez imienia. Słowa zostają, podpisane jako „Były uczestnik”. Imię, zdjęcie, profil, historia zgód i wydatki zostaną usunięte.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="335"/>
        <source>&amp;Erase everything</source>
        <extracomment>A choice: delete the person and everything they said. Explained in the line below it.</extracomment>
        <translation>&amp;Usuń wszystko</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="338"/>
        <source>Delete them and everything they said. They are taken off every meeting. Their words, agreements and expenses are deleted too.</source>
        <translation>Usuń tę osobę i wszystko, co powiedziała. Zniknie ze wszystkich spotkań. Jej słowa, wydatki i to, z czym się zgadzała, też zostaną usunięte.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="352"/>
        <source>&amp;Go ahead</source>
        <translation>&amp;Kontynuuj</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="353"/>
        <source>&amp;Cancel</source>
        <translation>A&amp;nuluj</translation>
    </message>
</context>
<context>
    <name>HeardList</name>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="363"/>
        <source>Who has not been heard?</source>
        <translation>Kogo jeszcze nie słyszeliśmy?</translation>
    </message>
</context>
<context>
    <name>ImportConflictsDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="38"/>
        <source>Differences in “{title}”</source>
        <translation>Różnice w „{title}”</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="42"/>
        <source>This file and this laptop differ. For each difference, keep this laptop&apos;s version or take the file&apos;s. Everything new in the file is added either way. Differences: {count}.</source>
        <translation>Ten plik i ten laptop się różnią. Przy każdej różnicy zostaw wersję z tego laptopa albo weź wersję z pliku. Wszystko, co nowe w pliku, i tak zostanie dodane. Różnice: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="51"/>
        <source>&amp;Keep all mine</source>
        <translation>&amp;Zostaw wszędzie moją wersję</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="52"/>
        <source>Keep this laptop&apos;s version of every difference</source>
        <translation>Przy każdej różnicy zostaw wersję z tego laptopa</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="53"/>
        <source>Take all t&amp;heirs</source>
        <translation>&amp;Weź wszędzie wersję z pliku</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="54"/>
        <source>Take the file&apos;s version of every difference</source>
        <translation>Przy każdej różnicy weź wersję z pliku</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="69"/>
        <source>Differences</source>
        <translation>Różnice</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="73"/>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="74"/>
        <source>Import with these choices</source>
        <translation>Importuj z tymi wyborami</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="77"/>
        <source>Cancel: import nothing</source>
        <translation>Anuluj: nic nie importuj</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="87"/>
        <source>The meeting&apos;s details</source>
        <translation>Dane spotkania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="88"/>
        <source>A prompt</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="89"/>
        <source>A contribution</source>
        <translation>Wypowiedź</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="90"/>
        <source>How a person is credited</source>
        <translation>Jak podpisano osobę</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="95"/>
        <source>{number}. {what}</source>
        <extracomment>One difference in the list. {number}: its place in the list; {what}: what differs.</extracomment>
        <translation>{number}. {what}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="99"/>
        <source>On this laptop: {mine}</source>
        <extracomment>What this laptop has, quoted from the meeting.</extracomment>
        <translation>Na tym laptopie: {mine}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="101"/>
        <source>In the file: {theirs}</source>
        <extracomment>What the file being imported has, quoted from the meeting.</extracomment>
        <translation>W pliku: {theirs}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="102"/>
        <source>Keep mine</source>
        <translation>Zostaw moją wersję</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="103"/>
        <source>Take theirs</source>
        <translation>Weź wersję z pliku</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="105"/>
        <source>Difference {number}: keep this laptop&apos;s version</source>
        <extracomment>Said by a screen reader for the choice. {number}: the difference&apos;s place in the list.</extracomment>
        <translation>Różnica {number}: zostaw wersję z tego laptopa</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="106"/>
        <source>Difference {number}: take the file&apos;s version</source>
        <translation>Różnica {number}: weź wersję z pliku</translation>
    </message>
</context>
<context>
    <name>Involvement</name>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="41"/>
        <source>Participant</source>
        <extracomment>How a person took part in a meeting, chosen from a list (set-up) and shown in their record.</extracomment>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="42"/>
        <source>Co-facilitator</source>
        <extracomment>How a person took part in a meeting, chosen from a list (set-up) and shown in their record.</extracomment>
        <translation>Współprowadzący</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="43"/>
        <source>Expert by experience</source>
        <extracomment>How a person took part in a meeting, chosen from a list (set-up) and shown in their record.</extracomment>
        <translation>Ekspert przez doświadczenie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="44"/>
        <source>Supporter</source>
        <extracomment>How a person took part in a meeting, chosen from a list (set-up) and shown in their record.</extracomment>
        <translation>Osoba wspierająca</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="45"/>
        <source>Observer</source>
        <extracomment>How a person took part in a meeting, chosen from a list (set-up) and shown in their record.</extracomment>
        <translation>Obserwator</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="59"/>
        <source>Not chosen yet</source>
        <extracomment>How a person chose to be recognised for their time, chosen from a list in their record.</extracomment>
        <translation>Jeszcze nie wybrano</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="60"/>
        <source>Payment for their time</source>
        <extracomment>How a person chose to be recognised for their time, chosen from a list in their record.</extracomment>
        <translation>Zapłata za czas</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="61"/>
        <source>A voucher for each meeting</source>
        <extracomment>How a person chose to be recognised for their time, chosen from a list in their record.</extracomment>
        <translation>Bon za każde spotkanie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="62"/>
        <source>Volunteer (no payment)</source>
        <extracomment>How a person chose to be recognised for their time, chosen from a list in their record.</extracomment>
        <translation>Wolontariat (bez zapłaty)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="75"/>
        <source>Mileage</source>
        <extracomment>A kind of expense a person is paid back for, chosen from a list in their record.</extracomment>
        <translation>Przejazd autem (mile)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="76"/>
        <source>Fares</source>
        <extracomment>A kind of expense a person is paid back for, chosen from a list in their record.</extracomment>
        <translation>Bilety</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="77"/>
        <source>Parking</source>
        <extracomment>A kind of expense a person is paid back for, chosen from a list in their record.</extracomment>
        <translation>Parking</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="78"/>
        <source>Care or support costs</source>
        <extracomment>A kind of expense a person is paid back for, chosen from a list in their record.</extracomment>
        <translation>Koszty opieki lub wsparcia</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="79"/>
        <source>Other</source>
        <extracomment>A kind of expense a person is paid back for, chosen from a list in their record.</extracomment>
        <translation>Inne</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="vanished">1 godzina</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation type="vanished">{count} godz.</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="vanished">1 minuta</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation type="vanished">{count} min</translation>
    </message>
    <message>
        <source>{hours} {minutes}</source>
        <translation type="vanished">{hours} {minutes}</translation>
    </message>
</context>
<context>
    <name>InvolvementDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="129"/>
        <source>Totals</source>
        <translation>Razem</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="148"/>
        <source>&amp;Recognition:</source>
        <translation>&amp;Forma podziękowania:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="150"/>
        <source>How they chose to be recognised for their time. Saved as soon as it is chosen</source>
        <translation>Jak ta osoba chce dostać podziękowanie za swój czas. Zapisuje się od razu po wyborze</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="162"/>
        <source>Their &amp;meetings:</source>
        <translation>&amp;Spotkania tej osoby:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="164"/>
        <source>Their meetings</source>
        <translation>Spotkania tej osoby</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="165"/>
        <source>Choose a meeting to see and add its expenses</source>
        <translation>Wybierz spotkanie, aby zobaczyć i dodać jego wydatki</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="170"/>
        <source>Expenses for the chosen meeting</source>
        <translation>Wydatki z wybranego spotkania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="176"/>
        <source>R&amp;emove expense</source>
        <translation>&amp;Usuń wydatek</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="189"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="190"/>
        <source>&amp;Amount, pounds:</source>
        <translation>&amp;Kwota w funtach:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="190"/>
        <source>For example 3.50</source>
        <translation>Na przykład 3.50</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="192"/>
        <source>M&amp;iles:</source>
        <translation>M&amp;ile:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="192"/>
        <source>Paid at the mileage rate in the settings</source>
        <translation>Płatne według stawki za milę z ustawień</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="194"/>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Notatka (nieobowiązkowo):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="197"/>
        <source>A&amp;dd expense</source>
        <translation>&amp;Dodaj wydatek</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="202"/>
        <source>Expenses</source>
        <translation>Wydatki</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="211"/>
        <source>&amp;Close</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="272"/>
        <source>Involvement: {name}</source>
        <translation>Udział: {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="273"/>
        <source>Involvement of {name}</source>
        <translation>Udział osoby {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="274"/>
        <source>Meetings: {count}</source>
        <translation>Spotkania: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="275"/>
        <source>Time given: {time}</source>
        <translation>Poświęcony czas: {time}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="276"/>
        <source>Contributions: {count}</source>
        <translation>Wypowiedzi: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="277"/>
        <source>Agreements: {count}</source>
        <translation>Poparte wypowiedzi innych: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="278"/>
        <source>none yet</source>
        <translation>jeszcze brak</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="279"/>
        <source>Roles: {roles}</source>
        <translation>Role: {roles}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="296"/>
        <source>not known</source>
        <translation>nieznane</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="299"/>
        <source>{date}: {meeting}
Role: {role}. Time given: {time}. Contributions: {count}. Owed: {money}.</source>
        <translation>{date}: {meeting}
Rola: {role}. Poświęcony czas: {time}. Wypowiedzi: {count}. Do wypłaty: {money}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="324"/>
        <source>Choose a meeting above to see its expenses.</source>
        <translation>Wybierz spotkanie powyżej, aby zobaczyć jego wydatki.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="327"/>
        <source>Expenses for {meeting}, {date}</source>
        <translation>Wydatki: {meeting}, {date}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="339"/>
        <source>No expenses for {meeting}, {date}</source>
        <translation>Brak wydatków: {meeting}, {date}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="348"/>
        <source>{kind}: {miles} miles, {money}</source>
        <translation>{kind} (mile: {miles}): {money}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="352"/>
        <source>{kind}: {money}</source>
        <translation>{kind}: {money}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="354"/>
        <source>{expense} ({note})</source>
        <translation>{expense} ({note})</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../coprod_desktop/ui/platform/language.py" line="159"/>
        <source>&amp;Language</source>
        <extracomment>The menu for choosing the language of the whole app. Keep one &amp; on a letter of your word.</extracomment>
        <translation>&amp;Język</translation>
    </message>
</context>
<context>
    <name>LateArrivalDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="60"/>
        <source>Add a late arrival</source>
        <translation>Dodaj spóźnioną osobę</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="78"/>
        <source>Only this screen shows what you type here. The display shows them only as they choose to be credited.</source>
        <translation>To, co tu wpiszesz, widać tylko na tym ekranie. Ekran sali pokazuje tylko podpis wybrany przez tę osobę.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="83"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="83"/>
        <source>The person&apos;s name, kept on this laptop</source>
        <translation>Imię i nazwisko, przechowywane na tym laptopie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="88"/>
        <source>&amp;Credit them as:</source>
        <translation>&amp;Podpisuj jako:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="90"/>
        <source>How their name appears beside what they say, on screen and on paper</source>
        <translation>Jak podpisać słowa tej osoby na ekranie i na papierze</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="93"/>
        <source>C&amp;hosen name:</source>
        <translation>Wybrane i&amp;mię:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="93"/>
        <source>The name they want to be credited as</source>
        <translation>Imię, pod którym osoba chce być podpisana</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="95"/>
        <source>Chosen for them: nobody else in the meeting has it. Change it if they want another.</source>
        <translation>Wybrane dla tej osoby: nikt inny na spotkaniu nie ma takiego imienia. Zmień je, jeśli osoba chce inne.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="96"/>
        <source>Marker co&amp;lour:</source>
        <translation>&amp;Kolor znacznika:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="97"/>
        <source>Marker &amp;shape:</source>
        <translation>Kształ&amp;t znacznika:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="110"/>
        <source>&amp;Add them</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="111"/>
        <source>Add them</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="174"/>
        <source>Marker: {marker}</source>
        <translation>Znacznik: {marker}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="175"/>
        <source>Shown and printed as: {name}</source>
        <translation>Na ekranie i wydruku: {name}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="87"/>
        <source>CoProd Desktop</source>
        <translation>CoProd Desktop</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="89"/>
        <source>Status</source>
        <extracomment>Accessible name of the status line at the bottom of the window.</extracomment>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="95"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="96"/>
        <source>&amp;Display and access…</source>
        <translation>&amp;Wygląd i dostępność…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="101"/>
        <source>&amp;Keep meetings for…</source>
        <translation>Ja&amp;k długo przechowywać spotkania…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="105"/>
        <source>Payment and e&amp;xpense rates…</source>
        <translation>&amp;Stawki za czas i wydatki…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="107"/>
        <source>&amp;Finance export…</source>
        <translation>&amp;Eksport dla księgowości…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="111"/>
        <source>People on this &amp;laptop…</source>
        <translation>&amp;Osoby na tym laptopie…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="125"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Utwórz kopię zapasową teraz</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="127"/>
        <source>Back up &amp;to…</source>
        <translation>Kopia zapasowa &amp;do…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="129"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Przywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="132"/>
        <source>Bring in a &amp;meeting from another laptop…</source>
        <translation>Wczytaj spotkanie z innego &amp;laptopa…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="154"/>
        <source>Room d&amp;isplay</source>
        <translation>Ekran sal&amp;i</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="155"/>
        <source>&amp;Present on the room display</source>
        <translation>&amp;Pokaż na ekranie sali</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="159"/>
        <source>Back to the &amp;console</source>
        <extracomment>Menu item: stop presenting the room display; Escape does the same from the room or the display.</extracomment>
        <translation>Wróć do &amp;konsoli</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="162"/>
        <source>Display: &amp;earlier page</source>
        <translation>Ekran: &amp;wcześniejsza strona</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="165"/>
        <source>Display: &amp;next page</source>
        <translation>Ekran: &amp;następna strona</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="169"/>
        <source>&amp;Look back over the meeting</source>
        <translation>&amp;Spójrz wstecz na spotkanie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="172"/>
        <source>Back to the li&amp;ve room</source>
        <translation>Wróć do &amp;trwającego spotkania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="205"/>
        <source>Looking back over the meeting: the page keys move on, prompt by prompt. Escape ends it.</source>
        <translation>Przegląd spotkania: klawisze stron przechodzą dalej, pytanie po pytaniu. Escape kończy przegląd.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="434"/>
        <source>The meeting was not imported</source>
        <translation>Spotkania nie zaimportowano</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="498"/>
        <source>Back to the console: the room display is closed.</source>
        <translation>Powrót do konsoli: ekran sali jest zamknięty.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="500"/>
        <source>The room display covers this screen. Escape brings the console back.</source>
        <translation>Ekran sali zakrywa ten ekran. Escape przywraca konsolę.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="503"/>
        <source>The room display is showing on {screen}.</source>
        <extracomment>{screen} is the name the system gives the screen the display is shown on.</extracomment>
        <translation>Ekran sali jest wyświetlany na: {screen}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="622"/>
        <source>The backup is back in place. The file it replaced was kept as {name}.</source>
        <extracomment>After restoring from a backup. {name}: the file name the replaced file was kept under.</extracomment>
        <translation>Kopia zapasowa jest z powrotem na miejscu. Zastąpiony plik zachowano jako {name}.</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <location filename="../coprod_desktop/ui/widgets/form_parts.py" line="153"/>
        <source>{colour} {shape}, {initials}</source>
        <translation>{shape}, kolor {colour}, {initials}</translation>
    </message>
</context>
<context>
    <name>MeetingImporter</name>
    <message>
        <location filename="../coprod_desktop/ui/files/meeting_import.py" line="55"/>
        <source>Bring in a meeting from another laptop</source>
        <translation>Wczytaj spotkanie z innego laptopa</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/meeting_import.py" line="58"/>
        <source>Meeting files (*.coprod.json *.json);;All files (*)</source>
        <extracomment>JSON is a file format: keep the name.</extracomment>
        <translation>Pliki spotkań (*.coprod.json *.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/meeting_import.py" line="66"/>
        <source>Reading {file}…</source>
        <translation>Czytam {file}…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/meeting_import.py" line="76"/>
        <source>Nothing was imported.</source>
        <translation>Nic nie zaimportowano.</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="94"/>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="97"/>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="100"/>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="101"/>
        <source>Choose a meeting, then press Enter to open it.</source>
        <translation>Wybierz spotkanie i naciśnij Enter, aby je otworzyć.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="105"/>
        <source>Opening your meetings…</source>
        <translation>Otwieram spotkania…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="108"/>
        <source>&amp;New meeting</source>
        <translation>&amp;Nowe spotkanie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="109"/>
        <source>&amp;Set up</source>
        <translation>P&amp;rzygotuj</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="110"/>
        <source>&amp;Open in the room</source>
        <translation>&amp;Otwórz w sali</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="111"/>
        <source>Take-home &amp;files…</source>
        <translation>&amp;Pliki do domu…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="112"/>
        <source>&amp;People…</source>
        <translation>O&amp;soby…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="114"/>
        <source>Create a new meeting</source>
        <translation>Utwórz nowe spotkanie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="115"/>
        <source>Change the chosen meeting&apos;s details, people and prompts</source>
        <translation>Zmień dane, osoby i tematy wybranego spotkania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="116"/>
        <source>Show the chosen meeting on the room screen</source>
        <translation>Pokaż wybrane spotkanie na ekranie sali</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="119"/>
        <source>Save or print the chosen meeting&apos;s take-home sheets, certificates and summary</source>
        <translation>Zapisz lub wydrukuj kartki do domu, zaświadczenia i podsumowanie wybranego spotkania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="121"/>
        <source>Everyone on this laptop: their consent, involvement and record</source>
        <translation>Wszystkie osoby na tym laptopie: ich zgody, udział i dane</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="162"/>
        <source>Fin&amp;d words said in any meeting</source>
        <translation>Szukaj słów wypowie&amp;dzianych na dowolnym spotkaniu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="165"/>
        <source>Find words said in any meeting</source>
        <translation>Szukaj słów wypowiedzianych na dowolnym spotkaniu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="167"/>
        <source>Type a word or two. What people said that holds them is listed below.</source>
        <translation>Wpisz słowo lub dwa. Wypowiedzi, które je zawierają, są wymienione poniżej.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="176"/>
        <source>Words found</source>
        <translation>Znalezione słowa</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="177"/>
        <source>Press Enter to choose the meeting it was said in.</source>
        <translation>Naciśnij Enter, aby wybrać spotkanie, na którym to powiedziano.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="194"/>
        <source>&amp;Clean up…</source>
        <translation>&amp;Wyczyść stare…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="195"/>
        <source>Clean up</source>
        <translation>Wyczyść stare spotkania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="197"/>
        <source>Choose which old meetings to delete. A backup is made first.</source>
        <translation>Wybierz, które stare spotkania usunąć. Najpierw powstaje kopia zapasowa.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="210"/>
        <source>Meetings older than you keep them: {count}</source>
        <extracomment>On the meetings screen: how many meetings are past the period they are kept for.</extracomment>
        <translation>Spotkania starsze, niż je przechowujesz: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="231"/>
        <source>{person}, in ‘{meeting}’ ({date}): {words}</source>
        <translation>{person}, na spotkaniu „{meeting}” ({date}): {words}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="241"/>
        <source>Nothing said in any meeting holds those words.</source>
        <translation>Żadna wypowiedź na żadnym spotkaniu nie zawiera tych słów.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="243"/>
        <source>Found: {count}. Press Tab to go to them.</source>
        <translation>Znaleziono: {count}. Naciśnij Tab, aby do nich przejść.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="262"/>
        <source>There are no meetings yet. Press “New meeting” to set one up.</source>
        <translation>Nie ma jeszcze spotkań. Naciśnij „Nowe spotkanie”, aby je przygotować.</translation>
    </message>
</context>
<context>
    <name>NameWarning</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="71"/>
        <source>Someone called &quot;{name}&quot; is already taking part in this meeting. If this is another person, credit them in a way that tells the two apart.</source>
        <translation>Ktoś o imieniu „{name}” już bierze udział w tym spotkaniu. Jeśli to inna osoba, podpisz ją tak, aby dało się je odróżnić.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="80"/>
        <source>Someone called &quot;{name}&quot; is already known on this laptop from another meeting. Adding this name makes a new person: their meetings are not joined up.</source>
        <translation>Ktoś o imieniu „{name}” jest już znany na tym laptopie z innego spotkania. Dodanie tego imienia tworzy nową osobę: jej spotkania nie są połączone.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="87"/>
        <source>Someone in this meeting is already shown as &quot;{name}&quot;. Credit this person another way, so the room can tell the two apart.</source>
        <translation>Ktoś w tym spotkaniu jest już pokazany jako „{name}”. Podpisz tę osobę inaczej, aby dało się je odróżnić.</translation>
    </message>
</context>
<context>
    <name>PeopleActions</name>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="71"/>
        <source>Invite ne&amp;xt</source>
        <translation>Zaproś kolejną oso&amp;bę</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="72"/>
        <source>Invites the next person asking to speak, else the next not yet heard. Shortcut: Ctrl+I.</source>
        <translation>Zaprasza kolejną osobę, która chce mówić, a jeśli nikt nie czeka, kolejną, której jeszcze nie słyszeliśmy. Skrót: Ctrl+I.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="76"/>
        <source>Not now (p&amp;ass)</source>
        <translation>Nie teraz (p&amp;as)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="77"/>
        <source>The person invited or speaking passes on this prompt. Shortcut: Ctrl+P.</source>
        <translation>Osoba zaproszona lub mówiąca mówi „nie teraz” przy tym temacie. Skrót: Ctrl+P.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="81"/>
        <source>Who has not &amp;been heard?</source>
        <translation>Kogo jeszcze n&amp;ie słyszeliśmy?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="82"/>
        <source>Lists who has not been heard on this prompt and in the meeting, on this screen only.</source>
        <translation>Pokazuje, kogo jeszcze nie słyszeliśmy przy tym temacie i na całym spotkaniu, tylko na tym ekranie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="86"/>
        <source>Add a &amp;late arrival…</source>
        <translation>Doda&amp;j spóźnioną osobę…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="87"/>
        <source>Adds someone who came late, without leaving the room. Nothing private is shown on the display.</source>
        <translation>Dodaje osobę, która przyszła później, bez wychodzenia z sali. Na ekranie sali nie widać nic prywatnego.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="173"/>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="330"/>
        <source>Everyone has been heard on this prompt.</source>
        <translation>Przy tym temacie słyszeliśmy już wszystkich.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="183"/>
        <source>The invitation to {name} is taken back.</source>
        <translation>Cofnięto zaproszenie: {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="188"/>
        <source>{name} is invited to speak next.</source>
        <translation>Następna osoba zaproszona do mówienia: {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="212"/>
        <source>Nobody is invited or speaking. Open a person&apos;s menu on their tile to record a pass.</source>
        <translation>Nikt nie jest zaproszony ani nie mówi. Otwórz menu osoby na jej kafelku, aby zapisać „nie teraz”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="222"/>
        <source>{name}: not now. That is fine.</source>
        <translation>{name}: nie teraz. To w porządku.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="235"/>
        <source>{name} is asking to speak: number {place} in the queue.</source>
        <translation>{name} chce mówić: numer {place} w kolejce.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="238"/>
        <source>{name} is no longer waiting to speak.</source>
        <translation>{name} już nie czeka na swoją kolej.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="254"/>
        <source>{name} agrees with what {speaker} said.</source>
        <translation>{name} zgadza się z tym, co powiedział(a) {speaker}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="256"/>
        <source>{name} no longer agrees with what {speaker} said.</source>
        <translation>{name} już nie zgadza się z tym, co powiedział(a) {speaker}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="274"/>
        <source>{name}: what they want to do</source>
        <translation>{name}: co ta osoba chce zrobić</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="276"/>
        <source>&amp;No longer waiting</source>
        <translation>&amp;Już nie czeka</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="276"/>
        <source>&amp;Ask to speak</source>
        <translation>&amp;Chce mówić</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="279"/>
        <source>&amp;Take back the invitation</source>
        <translation>Cofnij &amp;zaproszenie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="279"/>
        <source>&amp;Invite to speak next</source>
        <translation>Zaproś jako &amp;następną osobę</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="281"/>
        <source>&amp;Pass: not now</source>
        <translation>&amp;Pas: nie teraz</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="285"/>
        <source>A&amp;grees with the newest contribution</source>
        <translation>Zgadza się z &amp;ostatnią wypowiedzią</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="325"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="328"/>
        <source>Not yet heard on this prompt: {names}</source>
        <translation>Jeszcze nie słyszeliśmy przy tym temacie: {names}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="333"/>
        <source>Said not now on this prompt: {names}</source>
        <translation>„Nie teraz” przy tym temacie: {names}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="335"/>
        <source>Not yet heard in this meeting: {names}</source>
        <translation>Jeszcze nie słyszeliśmy na tym spotkaniu: {names}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="337"/>
        <source>Everyone has been heard in this meeting.</source>
        <translation>Na tym spotkaniu słyszeliśmy już wszystkich.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="354"/>
        <source>Added {name}. Welcome!</source>
        <translation>Dodano: {name}. Witamy!</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="80"/>
        <source>Erase</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="84"/>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="86"/>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="87"/>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="90"/>
        <source>People on this laptop</source>
        <translation>Osoby na tym laptopie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="88"/>
        <source>Everyone whose details are kept here. Choose a person, then what to do.</source>
        <translation>Wszyscy, których dane są tu przechowywane. Wybierz osobę, a potem, co zrobić.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="91"/>
        <source>Each person&apos;s name, and how many meetings they took part in.</source>
        <translation>Imię i nazwisko każdej osoby oraz liczba jej spotkań.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="94"/>
        <source>No one is kept on this laptop.</source>
        <translation>Na tym laptopie nie ma żadnych osób.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="96"/>
        <source>&amp;Consent…</source>
        <translation>&amp;Zgoda…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="97"/>
        <source>&amp;Involvement…</source>
        <translation>&amp;Udział…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="98"/>
        <source>Save their &amp;record…</source>
        <translation>Zapisz &amp;dane osoby…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="99"/>
        <source>&amp;Erase or anonymise…</source>
        <translation>Usuń lub &amp;anonimizuj…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="100"/>
        <source>Clo&amp;se</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="102"/>
        <source>See and record what the chosen person agreed to</source>
        <translation>Zobacz i zapisz, na co zgadza się wybrana osoba</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="103"/>
        <source>Their meetings, time given, roles, recognition and expenses</source>
        <translation>Spotkania tej osoby, poświęcony czas, role, forma podziękowania i wydatki</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="104"/>
        <source>Save everything kept about them into a folder: a PDF and a data file</source>
        <translation>Zapisz w folderze wszystko, co przechowujemy o tej osobie: PDF i plik danych</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="105"/>
        <source>Remove them from this laptop, or keep their words without their name</source>
        <translation>Usuń tę osobę z tego laptopa albo zachowaj jej słowa bez imienia</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="150"/>
        <source>Former participant</source>
        <extracomment>An anonymised person in the list of people on this laptop.</extracomment>
        <translation>Były uczestnik</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="158"/>
        <source>{name} — meetings: {count}</source>
        <extracomment>A person in the list: {name} is their full name, {count} how many meetings they took part in.</extracomment>
        <translation>{name} — spotkania: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="218"/>
        <source>Save their record into which folder?</source>
        <translation>W którym folderze zapisać dane tej osoby?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="237"/>
        <source>Checking the folder…</source>
        <translation>Sprawdzam folder…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="248"/>
        <source>Nothing was saved.</source>
        <translation>Nic nie zapisano.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="250"/>
        <source>Saving their record…</source>
        <translation>Zapisuję dane osoby…</translation>
    </message>
    <message>
        <source>Files with these names already in that folder: {count}. Replace them, keep both (new names), or cancel?</source>
        <translation type="vanished">Pliki o tych nazwach są już w tym folderze: {count}. Zastąpić je, zachować oba pliki (z nowymi nazwami) czy anulować?</translation>
    </message>
    <message>
        <source>Files already there</source>
        <translation type="vanished">Pliki już istnieją</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="vanished">Za&amp;stąp</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation type="vanished">Zachowaj o&amp;ba</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="vanished">Zastąp</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="vanished">Zachowaj oba</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="266"/>
        <source>Files saved in {folder}: {count}.</source>
        <extracomment>After saving a person&apos;s record: {folder} is where, {count} how many files.</extracomment>
        <translation>Zapisane pliki w {folder}: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="273"/>
        <source>Their record could not be saved: {reason}</source>
        <translation>Nie udało się zapisać danych osoby: {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="298"/>
        <source>Erase {name} and everything they said? This cannot be undone.</source>
        <extracomment>The second question before erasing; {name} is the person&apos;s name.</extracomment>
        <translation>Usunąć osobę {name} i wszystko, co powiedziała? Tego nie można cofnąć.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="300"/>
        <source>Nothing was changed.</source>
        <translation>Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="312"/>
        <source>They were erased from this laptop.</source>
        <translation>Usunięto tę osobę z tego laptopa.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="314"/>
        <source>They were anonymised. What they said stays.</source>
        <translation>Zanonimizowano tę osobę. Jej słowa zostają.</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="125"/>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="248"/>
        <source>People taking part</source>
        <translation>Osoby biorące udział</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="138"/>
        <source>Same as the meeting</source>
        <translation>Jak dla spotkania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="155"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="155"/>
        <source>The person&apos;s name, kept on this laptop</source>
        <translation>Imię i nazwisko, przechowywane na tym laptopie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="160"/>
        <source>&amp;Credit them as:</source>
        <translation>&amp;Podpisuj jako:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="162"/>
        <source>How their name appears beside what they say, on screen and on paper</source>
        <translation>Jak podpisać słowa tej osoby na ekranie i na papierze</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="165"/>
        <source>C&amp;hosen name:</source>
        <translation>Wybrane i&amp;mię:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="165"/>
        <source>The name they want to be credited as</source>
        <translation>Imię, pod którym osoba chce być podpisana</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="168"/>
        <source>Reading spee&amp;d for them:</source>
        <translation>&amp;Szybkość czytania dla tej osoby:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="168"/>
        <source>How fast their words are read back to them</source>
        <translation>Jak szybko słowa są czytane tej osobie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="170"/>
        <source>Marker co&amp;lour:</source>
        <translation>&amp;Kolor znacznika:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="171"/>
        <source>Marker &amp;shape:</source>
        <translation>Kształ&amp;t znacznika:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="174"/>
        <source>&amp;Role in this meeting:</source>
        <translation>&amp;Rola na tym spotkaniu:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="176"/>
        <source>How they take part. Saved as soon as it is chosen for someone on the list</source>
        <translation>Jak ta osoba bierze udział. Zapisuje się od razu po wyborze dla osoby z listy</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="186"/>
        <source>&amp;Add person</source>
        <translation>&amp;Dodaj osobę</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="187"/>
        <source>Sa&amp;ve changes</source>
        <translation>&amp;Zapisz zmiany</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="188"/>
        <source>R&amp;emove person</source>
        <translation>&amp;Usuń osobę</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="189"/>
        <source>New &amp;person</source>
        <translation>&amp;Nowa osoba</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="190"/>
        <source>Their words as a&amp;udio…</source>
        <translation>Słowa &amp;jako dźwięk…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="192"/>
        <source>Save what this person said as a sound file they can take home</source>
        <translation>Zapisz słowa tej osoby jako plik dźwiękowy do zabrania do domu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="194"/>
        <source>Communication pro&amp;file…</source>
        <translation>Profil &amp;komunikacji…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="196"/>
        <source>How they like to communicate: formats, language, interpreter, switch, speech</source>
        <translation>Jak ta osoba woli się porozumiewać: formaty, język, tłumacz, przełącznik, mowa</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="199"/>
        <source>C&amp;onsent…</source>
        <translation>Z&amp;goda…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="201"/>
        <source>What they agree to: how they are named, take-home sheets, their words, photo, profile</source>
        <translation>Na co ta osoba się zgadza: podpis, kartki do domu, jej słowa, zdjęcie, profil</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="297"/>
        <source>{credit}  ({name}, credited by {style})</source>
        <translation>{credit}  ({name}, podpis: {style})</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="304"/>
        <source>, marker: {marker}</source>
        <translation>, znacznik: {marker}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="411"/>
        <source>Saved the communication profile of {name}.</source>
        <translation>Zapisano profil komunikacji: {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="430"/>
        <source>Saved the role of {name}: {role}.</source>
        <translation>Zapisano rolę osoby {name}: {role}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="437"/>
        <source>Shown and printed as: {name}</source>
        <translation>Na ekranie i wydruku: {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="436"/>
        <source>Marker: {marker}</source>
        <translation>Znacznik: {marker}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="470"/>
        <source>Added {name}.</source>
        <translation>Dodano: {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="485"/>
        <source>Saved {name}.</source>
        <translation>Zapisano: {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="22"/>
        <source>Full name</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="23"/>
        <source>First name</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="24"/>
        <source>Initials</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation>Inicjały</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="25"/>
        <source>A name they choose</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation>Wybrane imię</translation>
    </message>
</context>
<context>
    <name>PersonTiles</name>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="84"/>
        <source>Marker: {marker}.</source>
        <translation>Znacznik: {marker}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="86"/>
        <source>Needs: {flags}.</source>
        <translation>Potrzeby: {flags}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="88"/>
        <source>Shortcut: Alt+{n}.</source>
        <translation>Skrót: Alt+{n}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="142"/>
        <source>✋ {place}</source>
        <extracomment>on a person&apos;s tile: they are asking to speak, and their place in the queue (1, 2, ...).</extracomment>
        <translation>✋ {place}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="145"/>
        <source>➤ invited</source>
        <extracomment>on a person&apos;s tile: they have been invited to speak next.</extracomment>
        <translation>➤ zaproszenie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="148"/>
        <source>not now</source>
        <extracomment>on a person&apos;s tile: they passed on this prompt. Said kindly: it is their choice.</extracomment>
        <translation>nie teraz</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="155"/>
        <source>Heard on this prompt.</source>
        <translation>Już zabrał(a) głos przy tym temacie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="157"/>
        <source>Said not now on this prompt.</source>
        <translation>Powiedział(a) „nie teraz” przy tym temacie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="159"/>
        <source>Invited to speak next.</source>
        <translation>Zaproszenie do mówienia jako następna osoba.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="161"/>
        <source>Asking to speak: number {place} in the queue.</source>
        <translation>Chce mówić: numer {place} w kolejce.</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="44"/>
        <source>Photo</source>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="57"/>
        <source>They agree to a photo of them being used</source>
        <translation>Osoba zgadza się na użycie swojego zdjęcia</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="59"/>
        <source>Ask them first. Taking it back deletes their photo straight away.</source>
        <translation>Najpierw zapytaj. Wycofanie zgody od razu usuwa zdjęcie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="66"/>
        <source>Remove their photo</source>
        <translation>Usuń zdjęcie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="65"/>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="110"/>
        <source>Add the&amp;ir photo…</source>
        <translation>Dodaj zdję&amp;cie…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="110"/>
        <source>Change the&amp;ir photo…</source>
        <translation>Zmień zdję&amp;cie…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="122"/>
        <source>Their photo</source>
        <translation>Zdjęcie tej osoby</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="125"/>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="126"/>
        <source>No photo</source>
        <translation>Brak zdjęcia</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="130"/>
        <source>No photo consent recorded.</source>
        <translation>Nie zapisano zgody na zdjęcie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="133"/>
        <source>Agreed {when}</source>
        <translation>Zgoda: {when}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="133"/>
        <source>Took it back {when}</source>
        <translation>Wycofano zgodę: {when}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="145"/>
        <source>Taking back consent deletes their photo now. Go on?</source>
        <translation>Wycofanie zgody usunie teraz zdjęcie. Kontynuować?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="159"/>
        <source>Recorded that {name} agrees to a photo.</source>
        <translation>Zapisano, że {name} zgadza się na zdjęcie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="161"/>
        <source>Recorded that {name} does not agree to a photo; any photo of them is deleted.</source>
        <translation>Zapisano, że {name} nie zgadza się na zdjęcie; zdjęcia tej osoby usunięto.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="174"/>
        <source>Photo removed.</source>
        <translation>Usunięto zdjęcie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="178"/>
        <source>Photo consent</source>
        <translation>Zgoda na zdjęcie</translation>
    </message>
</context>
<context>
    <name>PictureDetailsDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="35"/>
        <source>A picture card from {file}</source>
        <translation>Karta obrazkowa z pliku {file}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="41"/>
        <source>The picture</source>
        <translation>Obrazek</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="45"/>
        <source>No one (not a photo of a person)</source>
        <translation>Nikt (to nie zdjęcie osoby)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="50"/>
        <source>{name} (no photo consent yet)</source>
        <translation>{name} (brak jeszcze zgody na zdjęcie)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="57"/>
        <source>&amp;Words on the card:</source>
        <translation>&amp;Słowa na karcie:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="57"/>
        <source>What the picture shows, in a few words</source>
        <translation>Co widać na obrazku, w kilku słowach</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="58"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grupa:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="58"/>
        <source>The group of cards it goes in</source>
        <translation>Grupa kart, do której trafi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="61"/>
        <source>&amp;Is it a photo of someone here?</source>
        <translation>&amp;Czy to zdjęcie kogoś z obecnych?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="63"/>
        <source>A photo of a person needs their photo consent, recorded on the People tab</source>
        <translation>Zdjęcie osoby wymaga jej zgody, zapisanej na karcie Osoby</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="65"/>
        <source>&amp;Taken or drawn by:</source>
        <translation>&amp;Autor zdjęcia lub rysunku:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="65"/>
        <source>Printed with the card, to credit them</source>
        <translation>Drukowane z kartą, by docenić autora</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="66"/>
        <source>&amp;Permission:</source>
        <translation>&amp;Pozwolenie:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="66"/>
        <source>The licence or permission to use it</source>
        <translation>Licencja lub pozwolenie na użycie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="68"/>
        <source>Add the card</source>
        <translation>Dodaj kartę</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="81"/>
        <source>Please type the words for this card.</source>
        <translation>Wpisz słowa dla tej karty.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="85"/>
        <source>Please type the group this card goes in.</source>
        <translation>Wpisz grupę, do której trafi ta karta.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="18"/>
        <source>Used with permission</source>
        <extracomment>The permission a picture brought in is used under, filled in for the facilitator to change. It is kept with the card and printed beside it.</extracomment>
        <translation>Użyto za zgodą</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="87"/>
        <source>Communication profile: {name}</source>
        <translation>Profil komunikacji: {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="90"/>
        <source>How {name} likes to communicate</source>
        <translation>Jak {name} lubi się porozumiewać</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="102"/>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="155"/>
        <source>Same as the meeting</source>
        <translation>Jak dla spotkania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="107"/>
        <source>No interpreter</source>
        <translation>Bez tłumacza</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="108"/>
        <source>Spoken language interpreter</source>
        <translation>Tłumacz języka mówionego</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="109"/>
        <source>BSL (British Sign Language) interpreter</source>
        <translation>Tłumacz BSL (brytyjskiego języka migowego)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="121"/>
        <source>Call them (preferred &amp;name):</source>
        <extracomment>the name the person likes to be called, which may differ from their credit.</extracomment>
        <translation>&amp;Imię, którym się zwracać:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="123"/>
        <source>Leave empty to use the name they are credited by</source>
        <translation>Zostaw puste, by używać imienia z podpisu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="127"/>
        <source>&amp;Language for reading aloud:</source>
        <translation>&amp;Język czytania na głos:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="129"/>
        <source>Their words and their audio are read in this language</source>
        <translation>Słowa i nagrania tej osoby są czytane w tym języku</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="131"/>
        <source>&amp;Interpreter:</source>
        <translation>&amp;Tłumacz:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="134"/>
        <source>Interpreter&apos;s lan&amp;guage:</source>
        <translation>Język tłumacz&amp;a:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="136"/>
        <source>For a spoken language interpreter, for example Polish or Tigrinya</source>
        <translation>Dla tłumacza języka mówionego, na przykład polskiego lub tigrinia</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="142"/>
        <source>&amp;Easy Read</source>
        <translation>Tekst łatwy do &amp;czytania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="143"/>
        <source>Large &amp;print</source>
        <translation>&amp;Duży druk</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="144"/>
        <source>&amp;Audio</source>
        <translation>&amp;Nagranie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="146"/>
        <source>Formats they need information in</source>
        <translation>W jakiej formie osoba potrzebuje informacji</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="160"/>
        <source>Reading spee&amp;d:</source>
        <translation>&amp;Szybkość czytania:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="162"/>
        <source>How fast their words are read back to them</source>
        <translation>Jak szybko słowa są czytane tej osobie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="166"/>
        <source>&amp;Voice (optional):</source>
        <translation>&amp;Głos (opcjonalnie):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="168"/>
        <source>The name of an installed voice. Leave empty to choose one from the language</source>
        <translation>Nazwa zainstalowanego głosu. Zostaw puste, by wybrać głos według języka</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="170"/>
        <source>Talking, listening and reading</source>
        <translation>Mówienie, słuchanie i czytanie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="175"/>
        <source>No particular way</source>
        <translation>Bez szczególnego sposobu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="177"/>
        <source>Touch screen</source>
        <translation>Ekran dotykowy</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="178"/>
        <source>Keyboard</source>
        <translation>Klawiatura</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="179"/>
        <source>Switch</source>
        <translation>Przełącznik</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="184"/>
        <source>One switch (the highlight moves by itself)</source>
        <translation>Jeden przełącznik (podświetlenie przesuwa się samo)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="185"/>
        <source>Two switches (one moves, one chooses)</source>
        <translation>Dwa przełączniki (jeden przesuwa, drugi wybiera)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="192"/>
        <source>Normal</source>
        <translation>Normalny</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="193"/>
        <source>Large</source>
        <translation>Duży</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="194"/>
        <source>Extra large</source>
        <translation>Bardzo duży</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="198"/>
        <source>&amp;How they use the laptop:</source>
        <translation>Jak &amp;korzysta z laptopa:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="200"/>
        <source>S&amp;witch set-up:</source>
        <translation>Ustawienie &amp;przełącznika:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="203"/>
        <source>Time on each ite&amp;m (seconds):</source>
        <translation>Czas na każdy &amp;element (sekundy):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="205"/>
        <source>How long the highlight stays on each thing while scanning</source>
        <translation>Jak długo podświetlenie zostaje na każdym elemencie podczas skanowania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="209"/>
        <source>Time to h&amp;old the switch (seconds):</source>
        <translation>Czas przytrzy&amp;mania przełącznika (sekundy):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="211"/>
        <source>How long the switch must be held before a press counts</source>
        <translation>Jak długo trzeba trzymać przełącznik, by naciśnięcie się liczyło</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="216"/>
        <source>Picture card si&amp;ze:</source>
        <translation>&amp;Rozmiar kart obrazkowych:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="218"/>
        <source>How big the picture cards are when it is their turn</source>
        <translation>Jak duże są karty obrazkowe, gdy przychodzi kolej tej osoby</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="220"/>
        <source>Using the laptop</source>
        <translation>Korzystanie z laptopa</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="230"/>
        <source>No&amp;tes for the facilitator:</source>
        <translation>N&amp;otatki dla prowadzącego:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="232"/>
        <source>For example: needs breaks. Only you see these: they are never shown on the room screen</source>
        <translation>Na przykład: potrzebuje przerw. Widzisz je tylko ty: nigdy nie pojawiają się na ekranie sali</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="234"/>
        <source>They agree to sha&amp;re this profile when the meeting is exported</source>
        <translation>Osoba zgadza się na &amp;udostępnienie profilu przy eksporcie spotkania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="243"/>
        <source>Note about &amp;consent:</source>
        <translation>U&amp;waga o zgodzie:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="245"/>
        <source>For example: agreed with their support worker. Kept with the date</source>
        <translation>Na przykład: ustalone z asystentem. Zapisywane z datą</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="248"/>
        <source>Notes and sharing</source>
        <translation>Notatki i udostępnianie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="254"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="256"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="257"/>
        <source>Clear the &amp;form</source>
        <translation>Wyczyść &amp;formularz</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="258"/>
        <source>Empty every field. Nothing is removed until you save</source>
        <translation>Czyści każde pole. Nic nie zostanie usunięte, dopóki nie zapiszesz</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="360"/>
        <source> s</source>
        <extracomment>after a number of seconds in a spin box, e.g. &quot;1.5 s&quot;.</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="415"/>
        <source>No answer about sharing has been recorded yet.</source>
        <translation>Nie zapisano jeszcze odpowiedzi o udostępnianiu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="420"/>
        <source>Last recorded: agreed to share, {day}.</source>
        <translation>Ostatni wpis: zgoda na udostępnienie, {day}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="422"/>
        <source>Last recorded: does not agree to share, {day}.</source>
        <translation>Ostatni wpis: brak zgody na udostępnienie, {day}.</translation>
    </message>
</context>
<context>
    <name>ProfileFlag</name>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="28"/>
        <source>BSL</source>
        <translation>BSL</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="30"/>
        <source>Interpreter: {value}</source>
        <extracomment>on a person&apos;s tile; {value} is the language, e.g. &quot;Interpreter: Polish&quot;.</extracomment>
        <translation>Tłumacz: {value}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="32"/>
        <source>Language: {value}</source>
        <extracomment>on a person&apos;s tile; {value} is the language their words are read in.</extracomment>
        <translation>Język: {value}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="33"/>
        <source>Easy Read</source>
        <translation>Tekst łatwy do czytania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="34"/>
        <source>Large print</source>
        <translation>Duży druk</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="35"/>
        <source>Audio</source>
        <translation>Nagranie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="36"/>
        <source>Switch</source>
        <translation>Przełącznik</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="37"/>
        <source>Keyboard</source>
        <translation>Klawiatura</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="38"/>
        <source>Touch screen</source>
        <translation>Ekran dotykowy</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="39"/>
        <source>Much slower speech</source>
        <translation>Dużo wolniejsza mowa</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="40"/>
        <source>Slower speech</source>
        <translation>Wolniejsza mowa</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="41"/>
        <source>Faster speech</source>
        <translation>Szybsza mowa</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="42"/>
        <source>Large cards</source>
        <translation>Duże karty</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="43"/>
        <source>Extra large cards</source>
        <translation>Bardzo duże karty</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="45"/>
        <source>See notes</source>
        <extracomment>on a person&apos;s tile: the facilitator has notes about them (never shown there).</extracomment>
        <translation>Zobacz notatki</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="61"/>
        <source>, </source>
        <extracomment>the separator between a person&apos;s communication flags, e.g. &quot;BSL, Easy Read&quot;.</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>PromptPanel</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="348"/>
        <source>This meeting has no prompts yet. Add them in Set up.</source>
        <translation>To spotkanie nie ma jeszcze tematów. Dodaj je w „Przygotuj”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="355"/>
        <source>Prompt {n} of {total}</source>
        <translation>Temat {n} z {total}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="358"/>
        <source>Picture: {card}</source>
        <translation>Obrazek: {card}</translation>
    </message>
</context>
<context>
    <name>PromptsEditor</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="64"/>
        <source>Prompts, in order</source>
        <translation>Tematy, po kolei</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="73"/>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="157"/>
        <source>No picture</source>
        <translation>Bez obrazka</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="76"/>
        <source>Prompt &amp;words:</source>
        <translation>&amp;Słowa tematu:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="76"/>
        <source>A short question or topic for the group</source>
        <translation>Krótkie pytanie lub temat dla grupy</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="77"/>
        <source>P&amp;icture card:</source>
        <translation>&amp;Karta obrazkowa:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="77"/>
        <source>A picture shown with the prompt</source>
        <translation>Obrazek pokazywany z tematem</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="79"/>
        <source>&amp;Add prompt</source>
        <translation>Dod&amp;aj temat</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="80"/>
        <source>Sa&amp;ve changes</source>
        <translation>&amp;Zapisz zmiany</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="81"/>
        <source>Move &amp;up</source>
        <translation>Przenieś w &amp;górę</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="82"/>
        <source>Move &amp;down</source>
        <translation>Przenieś w &amp;dół</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="83"/>
        <source>R&amp;emove prompt</source>
        <translation>&amp;Usuń temat</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="84"/>
        <source>New &amp;prompt</source>
        <translation>&amp;Nowy temat</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="105"/>
        <source>Prompts, in the order the meeting goes through them</source>
        <translation>Tematy w kolejności, w jakiej omawia je spotkanie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="203"/>
        <source>Prompt added.</source>
        <translation>Dodano temat.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="210"/>
        <source>Prompt saved.</source>
        <translation>Zapisano temat.</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>The backup is back in place. The damaged file was kept as {name}.</source>
        <translation type="vanished">Przywrócono kopię zapasową. Uszkodzony plik zachowano jako {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="95"/>
        <source>The backup is back in place. The file it replaced was kept as {name}.</source>
        <translation>Kopia zapasowa jest z powrotem na miejscu. Zastąpiony plik zachowano jako {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="103"/>
        <source>Restore the newest backup ({name})?</source>
        <translation>Przywrócić najnowszą kopię zapasową ({name})?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="105"/>
        <location filename="../coprod_desktop/ui/startup.py" line="122"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Przywróć kopię zapasową</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="106"/>
        <location filename="../coprod_desktop/ui/startup.py" line="124"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="115"/>
        <source>You can restore the newest good backup ({name}), or open the file as it is. The file is kept either way.</source>
        <translation>Możesz przywrócić najnowszą dobrą kopię zapasową ({name}) albo otworzyć plik takim, jaki jest. Plik zostanie zachowany w obu przypadkach.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="118"/>
        <source>There is no backup to restore. You can open the file as it is.</source>
        <translation>Nie ma kopii zapasowej do przywrócenia. Możesz otworzyć plik takim, jaki jest.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="123"/>
        <source>&amp;Open it as it is</source>
        <translation>&amp;Otwórz taki, jaki jest</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="59"/>
        <source>Payment and expense rates</source>
        <translation>Stawki za czas i wydatki</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="66"/>
        <source>Rates</source>
        <translation>Stawki</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="70"/>
        <source>&amp;Mileage, pounds per mile:</source>
        <translation>&amp;Przejazd autem, funty za milę:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="72"/>
        <source>For example 0.45 for 45p a mile</source>
        <translation>Na przykład 0.45 to 45 pensów za milę</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="76"/>
        <source>&amp;Payment, pounds per hour:</source>
        <translation>&amp;Zapłata, funty za godzinę:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="78"/>
        <source>For people who chose payment for their time. 0 until your organisation sets it</source>
        <translation>Dla osób, które wybrały zapłatę za swój czas. 0, dopóki Twoja organizacja jej nie ustali</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="82"/>
        <source>&amp;Voucher, pounds per meeting:</source>
        <translation>&amp;Bon, funty za spotkanie:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="84"/>
        <source>For people who chose a voucher for each meeting</source>
        <translation>Dla osób, które wybrały bon za każde spotkanie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="88"/>
        <source>&amp;Save rates</source>
        <translation>Zapisz &amp;stawki</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="98"/>
        <source>Finance export</source>
        <translation>Eksport dla księgowości</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="102"/>
        <source>A spreadsheet for the finance team: one row per person per meeting, with their full name, what is owed in pence and why.</source>
        <translation>Arkusz dla księgowości: jeden wiersz na osobę na spotkanie, z imieniem i nazwiskiem, kwotą do wypłaty w pensach i powodem.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="110"/>
        <source>&amp;From (like 2026-11-01):</source>
        <translation>&amp;Od (np. 2026-11-01):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="110"/>
        <source>The first meeting date</source>
        <translation>Data pierwszego spotkania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="111"/>
        <source>&amp;To (like 2026-11-30):</source>
        <translation>&amp;Do (np. 2026-11-30):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="111"/>
        <source>The last meeting date</source>
        <translation>Data ostatniego spotkania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="112"/>
        <source>Save the finance e&amp;xport…</source>
        <translation>Zapisz &amp;eksport dla księgowości…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="118"/>
        <source>&amp;Close</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="167"/>
        <source>The rates are saved.</source>
        <translation>Zapisano stawki.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="177"/>
        <source>Save the finance export</source>
        <translation>Zapisz eksport dla księgowości</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="177"/>
        <source>Spreadsheets (*.csv)</source>
        <translation>Arkusze (*.csv)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="198"/>
        <source>The finance export is saved: {path}</source>
        <translation>Zapisano eksport dla księgowości: {path}</translation>
    </message>
</context>
<context>
    <name>ReadBackBar</name>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="60"/>
        <source>✓ Yes, that&apos;s right</source>
        <extracomment>the read-back&apos;s answer: the person says what was written down is right.</extracomment>
        <translation>✓ Tak, zgadza się</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="62"/>
        <source>✎ Change it</source>
        <extracomment>the read-back&apos;s answer: the person wants what was written down changed.</extracomment>
        <translation>✎ Zmień</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="63"/>
        <source>Yes, that&apos;s right</source>
        <translation>Tak, zgadza się</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="64"/>
        <source>Change it</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="65"/>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="66"/>
        <source>Shortcut: {key}</source>
        <translation>Skrót: {key}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="89"/>
        <source>{name} said: {words}</source>
        <extracomment>the read-back in the console after Save; {name} is the person as credited, {words} what was written down for them.</extracomment>
        <translation>{name} powiedział(a): {words}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="90"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="92"/>
        <source>Read back: {said}</source>
        <translation>Odczytanie: {said}</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../coprod_desktop/ui/widgets/read_only_banner.py" line="23"/>
        <source>This file can only be read: changes cannot be saved. You can look at meetings and print them. To make changes, copy the file to a folder you can write to and open the copy.</source>
        <translation>Ten plik można tylko czytać: zmian nie da się zapisać. Możesz przeglądać spotkania i je drukować. Aby wprowadzać zmiany, skopiuj plik do folderu, w którym możesz zapisywać, i otwórz kopię.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/read_only_banner.py" line="44"/>
        <source>Read-only file</source>
        <extracomment>Accessible name of the banner shown when the meeting database can only be read.</extracomment>
        <translation>Plik tylko do odczytu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/read_only_banner.py" line="56"/>
        <source>CoProd Desktop</source>
        <translation>CoProd Desktop</translation>
    </message>
</context>
<context>
    <name>ReadingBar</name>
    <message>
        <location filename="../coprod_desktop/ui/room/reading_bar.py" line="25"/>
        <source>Being read aloud</source>
        <translation>Czytane na głos</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/reading_bar.py" line="35"/>
        <source>■ Stop reading</source>
        <translation>■ Przestań czytać</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/reading_bar.py" line="36"/>
        <source>Stop reading</source>
        <translation>Przestań czytać</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/reading_bar.py" line="37"/>
        <source>Shortcut: Escape</source>
        <translation>Skrót: Escape</translation>
    </message>
</context>
<context>
    <name>ReplaceQuestion</name>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="23"/>
        <source>1 file with this name is already in that folder. Replace it, keep both (new name), or cancel?</source>
        <translation>W tym folderze jest już 1 plik o tej nazwie. Zastąpić go, zachować oba (nowa nazwa) czy anulować?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="26"/>
        <source>Files with these names already in that folder: {count}. Replace them, keep both (new names), or cancel?</source>
        <translation>Pliki o tych nazwach już w tym folderze: {count}. Zastąpić je, zachować oba (nowe nazwy) czy anulować?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="30"/>
        <source>Files already there</source>
        <translation>Pliki już istnieją</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="31"/>
        <source>&amp;Replace</source>
        <translation>Za&amp;stąp</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="32"/>
        <source>&amp;Keep both</source>
        <translation>Zachowaj o&amp;ba</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="34"/>
        <source>Replace</source>
        <translation>Zastąp</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="34"/>
        <source>Keep both</source>
        <translation>Zachowaj oba</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="43"/>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="154"/>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="161"/>
        <source>Restore from a backup</source>
        <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="45"/>
        <source>&amp;Backups, newest first:</source>
        <translation>&amp;Kopie zapasowe, najnowsze pierwsze:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="48"/>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="60"/>
        <source>There are no backups of this file yet.</source>
        <translation>Nie ma jeszcze kopii zapasowych tego pliku.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="62"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Przywróć…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="88"/>
        <source>at the start of a meeting</source>
        <translation>na początku spotkania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="89"/>
        <source>after a meeting</source>
        <translation>po spotkaniu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="90"/>
        <source>daily backup</source>
        <translation>codzienna kopia zapasowa</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="91"/>
        <source>Back up now</source>
        <translation>Kopia zapasowa teraz</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="92"/>
        <source>from the command line</source>
        <translation>z wiersza poleceń</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="93"/>
        <source>before an update of CoProd Desktop</source>
        <translation>przed aktualizacją CoProd Desktop</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="100"/>
        <source>{when}: cannot be read</source>
        <extracomment>A backup in the list that cannot be read. {when}: a date and time.</extracomment>
        <translation>{when}: nie można odczytać</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="102"/>
        <source>{when}, {why}. Meetings: {meetings}. Contributions: {contributions}.</source>
        <extracomment>One backup in the list. {when}: a date and time; {why}: why it was made; then two numbers.</extracomment>
        <translation>{when}, {why}. Spotkania: {meetings}. Wypowiedzi: {contributions}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="116"/>
        <source>You will lose the meeting &apos;{title}&apos; and its contributions ({count}).</source>
        <extracomment>{title}: a meeting&apos;s title; {count}: a number of contributions.</extracomment>
        <translation>Stracisz spotkanie „{title}” i jego wypowiedzi ({count}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="120"/>
        <source>The meeting &apos;{title}&apos; will come back, with its contributions ({count}).</source>
        <translation>Spotkanie „{title}” wróci razem ze swoimi wypowiedziami ({count}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="126"/>
        <source>In &apos;{title}&apos; you will lose contributions made since then: {count}.</source>
        <translation>W „{title}” stracisz wypowiedzi dodane od tamtej pory: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="132"/>
        <source>In &apos;{title}&apos; contributions will come back: {count}.</source>
        <translation>W „{title}” wrócą wypowiedzi: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="139"/>
        <source>Restore the backup from {when}?</source>
        <translation>Przywrócić kopię zapasową z {when}?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="141"/>
        <source>It holds the same meetings and contributions as the file open now.</source>
        <translation>Zawiera te same spotkania i wypowiedzi co plik otwarty teraz.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="144"/>
        <source>The file open now is kept aside first, so nothing is deleted.</source>
        <translation>Plik otwarty teraz zostanie najpierw odłożony na bok, więc nic nie zostanie usunięte.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="162"/>
        <source>&amp;Restore</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="163"/>
        <source>&amp;Keep the file as it is</source>
        <translation>&amp;Zostaw plik bez zmian</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="29"/>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="31"/>
        <source>Keep meetings for</source>
        <translation>Jak długo przechowywać spotkania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="37"/>
        <source>Months: {count}</source>
        <extracomment>A period kept that is not one of the choices offered. {count}: a number of months.</extracomment>
        <translation>Miesiące: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="39"/>
        <source>&amp;Keep meetings for:</source>
        <translation>&amp;Przechowuj spotkania przez:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="66"/>
        <source>Until I delete them</source>
        <translation>Dopóki ich nie usunę</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="67"/>
        <source>6 months</source>
        <translation>6 miesięcy</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="68"/>
        <source>1 year</source>
        <translation>1 rok</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="69"/>
        <source>2 years</source>
        <translation>2 lata</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="70"/>
        <source>3 years</source>
        <translation>3 lata</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="71"/>
        <source>6 years</source>
        <translation>6 lat</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="78"/>
        <source>Nothing is deleted without asking.</source>
        <translation>Nic nie jest usuwane bez pytania.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="80"/>
        <source>Meetings are kept until you delete them. None are listed for clean-up.</source>
        <translation>Spotkania są przechowywane, dopóki ich nie usuniesz. Żadne nie trafi na listę do usunięcia.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="81"/>
        <source>Meetings older than 6 months will be listed for clean-up.</source>
        <translation>Spotkania starsze niż 6 miesięcy pojawią się na liście do usunięcia.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="82"/>
        <source>Meetings older than 1 year will be listed for clean-up.</source>
        <translation>Spotkania starsze niż 1 rok pojawią się na liście do usunięcia.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="83"/>
        <source>Meetings older than 2 years will be listed for clean-up.</source>
        <translation>Spotkania starsze niż 2 lata pojawią się na liście do usunięcia.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="84"/>
        <source>Meetings older than 3 years will be listed for clean-up.</source>
        <translation>Spotkania starsze niż 3 lata pojawią się na liście do usunięcia.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="85"/>
        <source>Meetings older than 6 years will be listed for clean-up.</source>
        <translation>Spotkania starsze niż 6 lat pojawią się na liście do usunięcia.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="87"/>
        <source>Meetings older than the months chosen will be listed for clean-up.</source>
        <translation>Spotkania starsze niż wybrana liczba miesięcy pojawią się na liście do usunięcia.</translation>
    </message>
</context>
<context>
    <name>RoomAnnouncer</name>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="103"/>
        <source>The room: {meeting}.</source>
        <translation>Sala: {meeting}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="118"/>
        <source>This meeting has no prompts yet.</source>
        <translation>To spotkanie nie ma jeszcze tematów.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="120"/>
        <source>Prompt {n} of {total}: {prompt}</source>
        <extracomment>announced to screen readers on opening the room and on moving to another prompt.</extracomment>
        <translation>Temat {n} z {total}: {prompt}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="124"/>
        <source>Nobody is speaking yet.</source>
        <translation>Nikt jeszcze nie mówi.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="126"/>
        <source>{name} is speaking.</source>
        <extracomment>announced to screen readers when it is someone&apos;s turn; {name} is how they are credited.</extracomment>
        <translation>Mówi {name}.</translation>
    </message>
</context>
<context>
    <name>RoomCorrecting</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="36"/>
        <source>Save</source>
        <translation>zapisanie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="37"/>
        <source>the correction</source>
        <translation>poprawka</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="38"/>
        <source>the new credit</source>
        <translation>zmiana osoby</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="39"/>
        <source>the move</source>
        <translation>przeniesienie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="40"/>
        <source>“yes, that&apos;s right”</source>
        <translation>„tak, zgadza się”</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="41"/>
        <source>“change it”</source>
        <translation>„zmień”</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="42"/>
        <source>the support</source>
        <translation>wsparcie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="43"/>
        <source>the agreement</source>
        <translation>zgoda</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="44"/>
        <source>taking the agreement back</source>
        <translation>wycofanie zgody</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="45"/>
        <source>the pass</source>
        <translation>„nie teraz”</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="151"/>
        <source>Correcting what {name} said. Each change is saved at once.</source>
        <extracomment>the heading of the console&apos;s correcting panel; {name} is the person as credited.</extracomment>
        <translation>Poprawiasz to, co powiedział(a) {name}. Każda zmiana zapisuje się od razu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="161"/>
        <source>{n}. {prompt}</source>
        <translation>{n}. {prompt}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="164"/>
        <source>Other things people said</source>
        <translation>Inne wypowiedzi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="211"/>
        <source>Saved the correction.</source>
        <translation>Zapisano poprawkę.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="221"/>
        <source>It is now credited to {name}.</source>
        <translation>Teraz podpisane jako: {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="228"/>
        <source>Moved to “{prompt}”.</source>
        <translation>Przeniesiono do tematu „{prompt}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="238"/>
        <source>Withdraw what {name} said? It leaves the wall, the room display and the printouts, and its words are erased: this cannot be undone.</source>
        <translation>Wycofać to, co powiedział(a) {name}? Zniknie ze ściany, z ekranu sali i z wydruków, a słowa zostaną usunięte: tego nie można cofnąć.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="241"/>
        <source>Withdraw</source>
        <translation>Wycofaj</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="244"/>
        <source>Withdrawn: what {name} said has been erased.</source>
        <translation>Wycofano: wypowiedź osoby {name} została usunięta.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="56"/>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="59"/>
        <source>Undo (a withdrawal cannot be undone)</source>
        <extracomment>on the Undo button after a contribution was withdrawn: it cannot come back.</extracomment>
        <translation>Cofnij (wycofania nie można cofnąć)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="61"/>
        <source>Undo: {what}</source>
        <extracomment>on the Undo button; {what} is what it would take back (&quot;Save&quot;, &quot;the move&quot;).</extracomment>
        <translation>Cofnij: {what}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="67"/>
        <source>Undone.</source>
        <extracomment>on the status line after Undo; {what} is what was taken back (&quot;the move&quot;).</extracomment>
        <translation>Cofnięto.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="67"/>
        <source>Undone: {what}</source>
        <extracomment>on the status line after Undo; {what} is what was taken back (&quot;the move&quot;).</extracomment>
        <translation>Cofnięto: {what}</translation>
    </message>
</context>
<context>
    <name>RoomDisplay</name>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="68"/>
        <source>Room display</source>
        <translation>Ekran sali</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="350"/>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="488"/>
        <source>✓ confirmed</source>
        <translation>✓ potwierdzone</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="353"/>
        <source>✎ being corrected</source>
        <translation>✎ w trakcie poprawiania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="357"/>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="484"/>
        <source>{name} said:</source>
        <translation>{name} powiedział(a):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="362"/>
        <source>supporter</source>
        <translation>osoba wspierająca</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="363"/>
        <source>advocate</source>
        <translation>rzecznik</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="364"/>
        <source>interpreter</source>
        <translation>tłumacz</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="371"/>
        <source>with support from {supporter} ({role})</source>
        <translation>z pomocą: {supporter} ({role})</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="375"/>
        <source>with support from their {role}</source>
        <translation>z pomocą: {role}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="383"/>
        <source>{name} agrees</source>
        <translation>{name} zgadza się</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="386"/>
        <source>{names} and {count} more agree</source>
        <translation>Zgadzają się: {names} i jeszcze {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="387"/>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="390"/>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="479"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="390"/>
        <source>{names} and {last}</source>
        <translation>{names} i {last}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="392"/>
        <source>{names} agree</source>
        <translation>Zgadzają się: {names}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="397"/>
        <source>Looking back: prompt {number} of {count}</source>
        <translation>Patrzymy wstecz: temat {number} z {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="401"/>
        <source>Looking back</source>
        <translation>Patrzymy wstecz</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="406"/>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="476"/>
        <source>{name}, your turn?</source>
        <translation>{name}, twoja kolej?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="415"/>
        <source>Waiting to speak:</source>
        <translation>Czekają na swoją kolej:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="419"/>
        <source>+{count} more</source>
        <translation>i jeszcze {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="425"/>
        <source>✓ Yes, that&apos;s right</source>
        <translation>✓ Tak, zgadza się</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="427"/>
        <source>✎ Change it</source>
        <translation>✎ Zmień</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="432"/>
        <source>Is that right?</source>
        <translation>Czy to się zgadza?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="438"/>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="435"/>
        <source>{name} is speaking</source>
        <translation>Mówi {name}</translation>
    </message>
</context>
<context>
    <name>RoomScanning</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="70"/>
        <source>Yes, or change it</source>
        <extracomment>a switch-scanning group: the answers to the read-back after Save.</extracomment>
        <translation>Tak albo zmień</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="72"/>
        <source>People</source>
        <extracomment>a switch-scanning group: the person tiles.</extracomment>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="74"/>
        <source>Quick cards</source>
        <extracomment>a switch-scanning group: the row of cards matching their words, or used lately.</extracomment>
        <translation>Szybkie karty</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="76"/>
        <source>Cards</source>
        <extracomment>a switch-scanning group: every picture card shown.</extracomment>
        <translation>Karty</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="78"/>
        <source>Actions</source>
        <extracomment>a switch-scanning group: Save, Read aloud, Next and Previous prompt, Not now, Clear.</extracomment>
        <translation>Przyciski</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="82"/>
        <source>Take a card away</source>
        <translation>Usuń kartę</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="104"/>
        <source>{name}: no longer agrees</source>
        <extracomment>a switch-scanning choice; {name} is how the person is credited.</extracomment>
        <translation>{name}: już się nie zgadza</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="104"/>
        <source>{name} agrees</source>
        <extracomment>a switch-scanning choice; {name} is how the person is credited.</extracomment>
        <translation>{name} się zgadza</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="107"/>
        <source>{name}: no longer waiting</source>
        <translation>{name}: już nie czeka</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="107"/>
        <source>{name} asks to speak</source>
        <translation>{name} chce zabrać głos</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="111"/>
        <source>Agree with the newest</source>
        <extracomment>a switch-scanning group: people add their marker to the newest contribution.</extracomment>
        <translation>Zgoda z najnowszym</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="113"/>
        <source>Ask to speak</source>
        <extracomment>a switch-scanning group: people join (or leave) the queue to speak.</extracomment>
        <translation>Chcę zabrać głos</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="86"/>
        <source>◀ &amp;Previous prompt</source>
        <translation>◀ &amp;Poprzedni temat</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="87"/>
        <source>&amp;Next prompt ▶</source>
        <translation>&amp;Następny temat ▶</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="88"/>
        <source>Previous prompt</source>
        <translation>Poprzedni temat</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="89"/>
        <source>Next prompt</source>
        <translation>Następny temat</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="97"/>
        <source>Who is speaking?</source>
        <translation>Kto mówi?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="104"/>
        <source>Shortcut: {key}</source>
        <translation>Skrót: {key}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="111"/>
        <source>&amp;Set up</source>
        <translation>P&amp;rzygotuj</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="112"/>
        <source>P&amp;rint summary…</source>
        <translation>&amp;Drukuj podsumowanie…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="114"/>
        <source>Take-home &amp;files…</source>
        <extracomment>Button: each person&apos;s take-home sheet and certificate (and the summary), saved or printed.</extracomment>
        <translation>&amp;Pliki do domu…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="115"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Spotkania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="125"/>
        <source>🔊 Rea&amp;d aloud</source>
        <translation>🔊 &amp;Czytaj na głos</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="126"/>
        <source>Read the prompt aloud</source>
        <translation>Przeczytaj temat na głos</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="128"/>
        <source>Speec&amp;h…</source>
        <translation>&amp;Mowa…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="129"/>
        <source>Speech settings</source>
        <translation>Ustawienia mowy</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="355"/>
        <source>Scanning has paused: press the switch to start again.</source>
        <translation>Skanowanie wstrzymane: naciśnij przełącznik, aby zacząć znowu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="378"/>
        <source>{name} is speaking.</source>
        <translation>Mówi {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="380"/>
        <source>Choose who is speaking.</source>
        <translation>Wybierz, kto mówi.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="391"/>
        <source>&amp;Keep {name} speaking after Save</source>
        <extracomment>a check box by Save; {name} is the person speaking now, as credited.</extracomment>
        <translation>Niech {name} mówi da&amp;lej po zapisaniu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="393"/>
        <source>&amp;Keep the speaker chosen after Save</source>
        <translation>Ta sama osoba mówi da&amp;lej po zapisaniu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="181"/>
        <location filename="../coprod_desktop/ui/room/room_draft.py" line="79"/>
        <source>That is the most cards one contribution can have.</source>
        <translation>To największa liczba kart w jednej wypowiedzi.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="467"/>
        <source>Saved what {name} said.</source>
        <translation>Zapisano wypowiedź osoby {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="561"/>
        <source>Reads the prompt aloud. Escape stops reading.</source>
        <translation>Czyta temat na głos. Escape przerywa czytanie.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="99"/>
        <source>Meeting &amp;title:</source>
        <translation>&amp;Tytuł spotkania:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="100"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="100"/>
        <source>Year, month and day</source>
        <translation>Rok, miesiąc i dzień</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="101"/>
        <source>&amp;Place:</source>
        <translation>&amp;Miejsce:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="103"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="103"/>
        <source>The language prompts and words are read aloud in</source>
        <translation>Język, w którym czytane są na głos tematy i słowa</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="105"/>
        <source>&amp;Reading speed:</source>
        <translation>&amp;Szybkość czytania:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="106"/>
        <source>Reading &amp;volume:</source>
        <translation>&amp;Głośność czytania:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="140"/>
        <source>Meeting set-up</source>
        <translation>Przygotowanie spotkania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="141"/>
        <source>1. Details</source>
        <translation>1. Dane</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="142"/>
        <source>2. People</source>
        <translation>2. Osoby</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="143"/>
        <source>3. Prompts</source>
        <translation>3. Tematy</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="144"/>
        <source>4. Cards</source>
        <translation>4. Karty</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="150"/>
        <source>&amp;Back to meetings</source>
        <translation>&amp;Wróć do spotkań</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="151"/>
        <source>Start the &amp;meeting</source>
        <translation>&amp;Rozpocznij spotkanie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="249"/>
        <source>New meeting</source>
        <translation>Nowe spotkanie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="256"/>
        <source>&amp;Create meeting</source>
        <translation>&amp;Utwórz spotkanie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="226"/>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="258"/>
        <source>Set up: {title}</source>
        <translation>Przygotowanie: {title}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="265"/>
        <source>&amp;Save details</source>
        <translation>&amp;Zapisz dane</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="294"/>
        <source>Meeting created. Now add the people taking part.</source>
        <translation>Utworzono spotkanie. Teraz dodaj osoby biorące udział.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="299"/>
        <source>Details saved.</source>
        <translation>Zapisano dane.</translation>
    </message>
</context>
<context>
    <name>SpeechSettingsDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="20"/>
        <source>Speech</source>
        <translation>Mowa</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="24"/>
        <source>Read each prompt aloud when it comes up</source>
        <translation>Czytaj na głos każdy temat, gdy się pojawi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="27"/>
        <source>Talking cards: say each picture card as it is chosen</source>
        <translation>Mówiące karty: wypowiadaj każdą kartę, gdy zostanie wybrana</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="30"/>
        <source>Read back each contribution after it is saved</source>
        <translation>Czytaj każdą wypowiedź po zapisaniu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="36"/>
        <source>Speech engine</source>
        <translation>Syntezator mowy</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="38"/>
        <source>Speech &amp;engine:</source>
        <translation>&amp;Syntezator mowy:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="41"/>
        <source>A new engine is used from the next time CoProd Desktop starts.</source>
        <translation>Nowy syntezator zadziała po następnym uruchomieniu CoProd Desktop.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="11"/>
        <source>Choose automatically</source>
        <extracomment>A speech engine, chosen from a list. &apos;eSpeak NG&apos;, &apos;pyttsx3&apos; and &apos;Qt&apos; are names: keep them.</extracomment>
        <translation>Wybierz automatycznie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="12"/>
        <source>eSpeak NG (through pyttsx3)</source>
        <extracomment>A speech engine, chosen from a list. &apos;eSpeak NG&apos;, &apos;pyttsx3&apos; and &apos;Qt&apos; are names: keep them.</extracomment>
        <translation>eSpeak NG (przez pyttsx3)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="13"/>
        <source>The system&apos;s speech (Qt)</source>
        <extracomment>A speech engine, chosen from a list. &apos;eSpeak NG&apos;, &apos;pyttsx3&apos; and &apos;Qt&apos; are names: keep them.</extracomment>
        <translation>Mowa systemu (Qt)</translation>
    </message>
</context>
<context>
    <name>Speed</name>
    <message>
        <location filename="../coprod_desktop/domain/speech.py" line="36"/>
        <source>Much slower</source>
        <extracomment>A reading speed for speech, chosen from a list: Much slower, Slower, Normal, Faster.</extracomment>
        <translation>Dużo wolniej</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/speech.py" line="36"/>
        <source>Slower</source>
        <extracomment>A reading speed for speech, chosen from a list: Much slower, Slower, Normal, Faster.</extracomment>
        <translation>Wolniej</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/speech.py" line="36"/>
        <source>Normal</source>
        <extracomment>A reading speed for speech, chosen from a list: Much slower, Slower, Normal, Faster.</extracomment>
        <translation>Normalnie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/speech.py" line="36"/>
        <source>Faster</source>
        <extracomment>A reading speed for speech, chosen from a list: Much slower, Slower, Normal, Faster.</extracomment>
        <translation>Szybciej</translation>
    </message>
</context>
<context>
    <name>SummaryPrinter</name>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="58"/>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="101"/>
        <source>Print summary</source>
        <translation>Drukuj podsumowanie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="59"/>
        <source>Print the summary of this meeting, or save it as a PDF file?</source>
        <translation>Wydrukować podsumowanie tego spotkania czy zapisać je jako plik PDF?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="60"/>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ukuj…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="61"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Zapisz jako PDF…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="77"/>
        <source>Save summary as PDF</source>
        <translation>Zapisz podsumowanie jako PDF</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="77"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="82"/>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="102"/>
        <source>Making the summary…</source>
        <translation>Tworzę podsumowanie…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="86"/>
        <source>Summary saved: {path}</source>
        <translation>Zapisano podsumowanie: {path}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="114"/>
        <source>Printing cancelled.</source>
        <translation>Drukowanie anulowane.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="104"/>
        <source>The summary could not be printed: the printer could not be started.</source>
        <translation>Nie udało się wydrukować podsumowania: nie udało się uruchomić drukarki.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="105"/>
        <source>The summary could not be printed.</source>
        <translation>Nie udało się wydrukować podsumowania.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="103"/>
        <source>Summary sent to the printer.</source>
        <translation>Wysłano podsumowanie do drukarki.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="106"/>
        <source>The summary could not be made: {reason}</source>
        <translation>Nie udało się utworzyć podsumowania: {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="107"/>
        <source>The summary could not be made.</source>
        <translation>Nie udało się utworzyć podsumowania.</translation>
    </message>
</context>
<context>
    <name>SupportPicker</name>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="37"/>
        <source>Nobody</source>
        <extracomment>who helped someone contribute: nobody (the first choice of a list).</extracomment>
        <translation>Nikt</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="38"/>
        <source>A supporter</source>
        <translation>Osoba wspierająca</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="39"/>
        <source>An advocate</source>
        <translation>Rzecznik</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="40"/>
        <source>An interpreter</source>
        <translation>Tłumacz</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="41"/>
        <source>Supported by</source>
        <translation>Przy wsparciu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="43"/>
        <source>Who helped them make this contribution: shown with their name and printed</source>
        <translation>Kto pomógł tej osobie w tej wypowiedzi: widać to przy jej podpisie i na wydruku</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="45"/>
        <source>S&amp;upported by:</source>
        <translation>Przy wsparci&amp;u:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="48"/>
        <source>Supporter&apos;s name (optional)</source>
        <translation>Imię osoby wspierającej (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="49"/>
        <source>Leave it empty to credit the support by its kind alone</source>
        <translation>Zostaw puste, by pokazać tylko rodzaj wsparcia</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="52"/>
        <source>Name:</source>
        <translation>Imię:</translation>
    </message>
</context>
<context>
    <name>SwitchAccess</name>
    <message>
        <location filename="../coprod_desktop/ui/widgets/switch_access.py" line="213"/>
        <source>Go back</source>
        <translation>Wróć</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/switch_access.py" line="215"/>
        <source>{group}: {first} to {last}</source>
        <translation>{group}: od {first} do {last}</translation>
    </message>
</context>
<context>
    <name>TakeHomeDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="76"/>
        <source>Take-home sheets and certificates</source>
        <translation>Kartki do domu i zaświadczenia</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="84"/>
        <source>&amp;Easy Read take-home sheets</source>
        <translation>Kartki do domu w &amp;tekście łatwym do czytania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="85"/>
        <source>&amp;Records of involvement (certificates)</source>
        <translation>&amp;Zaświadczenia o udziale</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="86"/>
        <source>&amp;Group summary</source>
        <translation>&amp;Podsumowanie grupy</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="88"/>
        <source>Also a copy for screen readers and phones (&amp;web page)</source>
        <extracomment>A check box: each document also as a web page (HTML), which screen readers and phones read well.</extracomment>
        <translation>Także kopia dla czytników ekranu i telefonów (&amp;strona internetowa)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="90"/>
        <source>What people said, as a spreads&amp;heet (CSV)</source>
        <extracomment>A check box: every contribution of the meeting saved as a CSV file, one row each, for a spreadsheet.</extracomment>
        <translation>Co mówili uczestnicy, jako &amp;arkusz (CSV)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="93"/>
        <source>The meeting, as an e&amp;xport file to move to another laptop (JSON)</source>
        <extracomment>A check box: the whole meeting saved as a JSON file, to import on another laptop with this app.</extracomment>
        <translation>Spotkanie jako plik e&amp;ksportu do przeniesienia na inny laptop (JSON)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="97"/>
        <source>One for the whole group, whoever is chosen below</source>
        <translation>Jedno dla całej grupy, bez względu na wybór poniżej</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="103"/>
        <source>What to make</source>
        <translation>Co przygotować</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="112"/>
        <source>Everyone (in all: {count})</source>
        <extracomment>First in the list of whom to make documents for: everyone in the meeting; {count} is how many.</extracomment>
        <translation>Wszyscy (razem: {count})</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="117"/>
        <source>&amp;For whom:</source>
        <translation>&amp;Dla kogo:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="120"/>
        <source>For whom</source>
        <translation>Dla kogo</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="121"/>
        <source>Everyone, or one person, by the name they chose</source>
        <translation>Wszyscy albo jedna osoba, pod wybranym przez nią imieniem</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="130"/>
        <source>No take-home sheet or certificate is made for them, as they asked: {names}</source>
        <extracomment>Under &quot;For whom&quot;: the people who said no to take-home documents; {names} is a list of names.</extracomment>
        <translation>Bez kartek do domu i zaświadczeń, na prośbę tych osób: {names}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="140"/>
        <source>&amp;Save into a folder…</source>
        <translation>Zapisz w &amp;folderze…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="141"/>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ukuj…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="142"/>
        <source>&amp;Close</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="143"/>
        <source>Save into a folder</source>
        <translation>Zapisz w folderze</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="144"/>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="145"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>TakeHomeSaver</name>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="64"/>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="183"/>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="210"/>
        <source>Take-home sheets and certificates</source>
        <translation>Kartki do domu i zaświadczenia</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="76"/>
        <source>{name} ({marker})</source>
        <extracomment>Two people credited by the same name: {name}, then their marker, e.g. &quot;sky blue square&quot;.</extracomment>
        <translation>{name} ({marker})</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="104"/>
        <source>To print, choose one person and one document, or the group summary alone.</source>
        <translation>Aby wydrukować, wybierz jedną osobę i jeden dokument albo samo podsumowanie grupy.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="126"/>
        <source>Save into which folder?</source>
        <translation>W którym folderze zapisać?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="132"/>
        <source>Checking the folder…</source>
        <translation>Sprawdzanie folderu…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="143"/>
        <source>Nothing was saved.</source>
        <translation>Nic nie zapisano.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="146"/>
        <source>Making the documents…</source>
        <translation>Przygotowywanie dokumentów…</translation>
    </message>
    <message>
        <source>1 file with this name is already in that folder. Replace it, keep both (new name), or cancel?</source>
        <translation type="vanished">W tym folderze jest już 1 plik o tej nazwie. Zastąpić go, zachować oba (nowa nazwa) czy anulować?</translation>
    </message>
    <message>
        <source>Files with these names already in that folder: {count}. Replace them, keep both (new names), or cancel?</source>
        <translation type="vanished">Pliki o tych nazwach już w tym folderze: {count}. Zastąpić je, zachować oba (nowe nazwy) czy anulować?</translation>
    </message>
    <message>
        <source>Files already there</source>
        <translation type="vanished">Pliki już istnieją</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="vanished">Za&amp;stąp</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation type="vanished">Zachowaj o&amp;ba</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="vanished">Zastąp</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="vanished">Zachowaj oba</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="166"/>
        <source>Saved 1 file in {folder}.</source>
        <translation>Zapisano 1 plik w {folder}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="168"/>
        <source>Files saved in {folder}: {count}.</source>
        <translation>Zapisane pliki w {folder}: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="172"/>
        <source>Saved</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="180"/>
        <source>The documents could not be saved: {reason}</source>
        <translation>Nie udało się zapisać dokumentów: {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="184"/>
        <source>The documents could not be saved.</source>
        <translation>Nie udało się zapisać dokumentów.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="211"/>
        <source>Making the document to print…</source>
        <translation>Przygotowywanie dokumentu do druku…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="212"/>
        <source>The document was sent to the printer.</source>
        <translation>Dokument wysłano do drukarki.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="213"/>
        <source>The document could not be printed: the printer could not be started.</source>
        <translation>Nie udało się wydrukować dokumentu: nie udało się uruchomić drukarki.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="214"/>
        <source>The document could not be printed.</source>
        <translation>Nie udało się wydrukować dokumentu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="215"/>
        <source>The document could not be made: {reason}</source>
        <translation>Nie udało się przygotować dokumentu: {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="216"/>
        <source>The document could not be made.</source>
        <translation>Nie udało się przygotować dokumentu.</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="150"/>
        <source>Contributions</source>
        <translation>Wypowiedzi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="158"/>
        <source>Nothing has been added for this prompt yet.</source>
        <translation>Do tego tematu nic jeszcze nie dodano.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="173"/>
        <source>✎ Correct…</source>
        <extracomment>corrects the contribution that has (or last had) the keyboard focus on the wall.</extracomment>
        <translation>✎ Popraw…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="174"/>
        <source>Correct the chosen contribution</source>
        <translation>Popraw wybraną wypowiedź</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="175"/>
        <source>Enter on a contribution does it too</source>
        <translation>Enter na wypowiedzi robi to samo</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="269"/>
        <source>Show earlier contributions ({n} more)</source>
        <translation>Pokaż wcześniejsze wypowiedzi (jeszcze: {n})</translation>
    </message>
</context>
</TS>
