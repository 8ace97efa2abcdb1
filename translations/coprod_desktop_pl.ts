<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en_GB">
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="41"/>
        <source> seconds</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="51"/>
        <source>Display and access</source>
        <translation>Wygląd i dostępność</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="62"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="66"/>
        <source>Less movement on screen</source>
        <translation>Mniej ruchu na ekranie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="69"/>
        <source>No moving highlight while words are read, no animations, no blinking cursor</source>
        <translation>Bez ruchomego podświetlenia przy czytaniu, bez animacji, bez migającego kursora</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="72"/>
        <source>Switch access in the room</source>
        <translation>Obsługa przełącznikiem na spotkaniu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="75"/>
        <source>One switch: the highlight moves by itself</source>
        <translation>Jeden przełącznik: podświetlenie przesuwa się samo</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="76"/>
        <source>Two switches: one moves, one chooses</source>
        <translation>Dwa przełączniki: jeden przesuwa, drugi wybiera</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="80"/>
        <source>Say each item as it is highlighted</source>
        <translation>Czytaj na głos każdy podświetlony element</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="88"/>
        <source>&amp;Language of the app:</source>
        <translation>&amp;Język aplikacji:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="89"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Kolory:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="89"/>
        <source>High contrast themes have the strongest contrast</source>
        <translation>Motywy o wysokim kontraście mają najsilniejszy kontrast</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="90"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Wielkość tekstu:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="91"/>
        <source>&amp;Font:</source>
        <translation>&amp;Czcionka:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="93"/>
        <source>Seeing</source>
        <translation>Widzenie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="98"/>
        <source>&amp;Switches:</source>
        <translation>&amp;Przełączniki:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="100"/>
        <source>Time on each &amp;item:</source>
        <translation>Czas na każdym &amp;elemencie:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="100"/>
        <source>How long the highlight stays, 0.5 to 10 seconds</source>
        <translation>Jak długo trwa podświetlenie, od 0,5 do 10 sekund</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="104"/>
        <source>E&amp;xtra time on the first item:</source>
        <translation>&amp;Dodatkowy czas na pierwszym elemencie:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="106"/>
        <source>Time to get ready after a choice</source>
        <translation>Czas na przygotowanie po wyborze</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="110"/>
        <source>&amp;Hold the switch for:</source>
        <translation>&amp;Trzymaj przełącznik przez:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="112"/>
        <source>A press counts only when held this long; 0 counts every press</source>
        <translation>Naciśnięcie liczy się tylko, gdy trwa tak długo; 0 oznacza każde naciśnięcie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="115"/>
        <source>Switch access</source>
        <translation>Obsługa przełącznikiem</translation>
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
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="36"/>
        <source>Save their words as audio</source>
        <translation>Zapisz słowa jako dźwięk</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="36"/>
        <source>Sound files (*.wav)</source>
        <translation>Pliki dźwiękowe (*.wav)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="41"/>
        <source>Making the sound file…</source>
        <translation>Tworzę plik dźwiękowy…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="49"/>
        <source>Sound file saved: {path}</source>
        <translation>Zapisano plik dźwiękowy: {path}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="56"/>
        <source>Save as audio</source>
        <translation>Zapisz jako dźwięk</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="53"/>
        <source>The sound file could not be made: {reason}</source>
        <translation>Nie udało się utworzyć pliku dźwiękowego: {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="61"/>
        <source>The sound file could not be made.</source>
        <translation>Nie udało się utworzyć pliku dźwiękowego.</translation>
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
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="155"/>
        <source>✓ {card}</source>
        <extracomment>a card in the picker that is already in the contribution being made.</extracomment>
        <translation>✓ {card}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="158"/>
        <source>{card}, chosen</source>
        <extracomment>what a screen reader says for a card already in the contribution being made.</extracomment>
        <translation>{card}, wybrana</translation>
    </message>
</context>
<context>
    <name>CardsEditor</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="76"/>
        <source>Groups of cards shown in the room</source>
        <translation>Grupy kart pokazywane w sali</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="77"/>
        <source>Space ticks or clears a group.</source>
        <translation>Spacja zaznacza lub odznacza grupę.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="94"/>
        <source>Cards in this group: ticked ones show in the room</source>
        <translation>Karty w tej grupie: zaznaczone widać w sali</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="97"/>
        <source>&amp;Bring in photos, pictures or a board…</source>
        <translation>&amp;Dodaj zdjęcia, obrazki lub tablicę…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="99"/>
        <source>Photos and pictures (JPEG, PNG …) or AAC boards (.obf, .obz). You can also drop files here.</source>
        <translation>Zdjęcia i obrazki (JPEG, PNG …) lub tablice AAC (.obf, .obz). Możesz też upuścić pliki tutaj.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="101"/>
        <source>&amp;Save these cards as a board (.obz)…</source>
        <translation>&amp;Zapisz te karty jako tablicę (.obz)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="102"/>
        <source>&amp;Remove a card that was brought in</source>
        <translation>&amp;Usuń dodaną kartę</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="118"/>
        <source>Groups shown in the room:</source>
        <translation>Grupy pokazywane w sali:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="121"/>
        <source>Cards in the group (untick to hide one):</source>
        <translation>Karty w grupie (odznacz, aby ukryć):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="254"/>
        <source>The room will show the ticked cards.</source>
        <translation>W sali będą widoczne zaznaczone karty.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="259"/>
        <source>Choose a card that was brought in first.</source>
        <translation>Najpierw wybierz dodaną kartę.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="267"/>
        <source>Card removed.</source>
        <translation>Usunięto kartę.</translation>
    </message>
</context>
<context>
    <name>ChosenCards</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="399"/>
        <source>Remove {card}</source>
        <translation>Usuń: {card}</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="42"/>
        <source>Normal cards</source>
        <translation>Zwykłe karty</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="43"/>
        <source>Large cards</source>
        <translation>Duże karty</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="44"/>
        <source>Very large cards</source>
        <translation>Bardzo duże karty</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="45"/>
        <source>Huge cards</source>
        <translation>Ogromne karty</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="151"/>
        <source>Find a card…</source>
        <translation>Znajdź kartę…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="152"/>
        <source>Find a card</source>
        <translation>Znajdź kartę</translation>
    </message>
    <message>
        <source>Type a word; the cards that match show below.</source>
        <translation type="vanished">Wpisz słowo; pasujące karty pojawią się niżej.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="154"/>
        <source>Type a word; the cards that match show below. Ctrl+F comes back here from anywhere in the room.</source>
        <translation>Wpisz słowo; pasujące karty pojawią się poniżej. Ctrl+F wraca tutaj z każdego miejsca w sali.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="160"/>
        <source>Which picture cards to show</source>
        <translation>Które karty obrazkowe pokazać</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="165"/>
        <source>Card size</source>
        <translation>Rozmiar kart</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="166"/>
        <source>Ctrl+Plus and Ctrl+Minus also change it</source>
        <translation>Ctrl+Plus i Ctrl+Minus też go zmieniają</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="167"/>
        <source>Picture cards: press Enter or Space to add one</source>
        <translation>Karty obrazkowe: naciśnij Enter lub spację, aby dodać kartę</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="172"/>
        <source>Quick cards</source>
        <translation>Szybkie karty</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="175"/>
        <source>Cards chosen: press Delete to take one away</source>
        <translation>Wybrane karty: naciśnij Delete, aby usunąć kartę</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="176"/>
        <source>Chosen (click one to take it away):</source>
        <translation>Wybrane (kliknij kartę, aby ją usunąć):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="181"/>
        <source>Their words</source>
        <translation>Słowa tej osoby</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="183"/>
        <source>Type what they said, word for word. Ctrl+Enter saves. Ctrl+1 to Ctrl+6 add a matching card.</source>
        <translation>Wpisz dokładnie, co ta osoba powiedziała. Ctrl+Enter zapisuje. Ctrl+1 do Ctrl+6 dodają pasującą kartę.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="185"/>
        <source>Type what they said, word for word</source>
        <translation>Wpisz dokładnie, co ta osoba powiedziała</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="187"/>
        <source>Their &amp;words:</source>
        <translation>Sł&amp;owa tej osoby:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="191"/>
        <location filename="../coprod_desktop/ui/room/composer.py" line="192"/>
        <source>Save contribution</source>
        <translation>Zapisz wypowiedź</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="193"/>
        <source>Shortcut: Ctrl+Enter</source>
        <translation>Skrót: Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="194"/>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="195"/>
        <source>Clear the cards and words</source>
        <translation>Wyczyść karty i słowa</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="201"/>
        <source>&amp;Cards:</source>
        <translation>&amp;Karty:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="205"/>
        <source>&amp;Group:</source>
        <extracomment>the label of the drop-down list of card groups (All cards, Feelings, Food...).</extracomment>
        <translation>&amp;Grupa:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="207"/>
        <source>Si&amp;ze:</source>
        <translation>Ro&amp;zmiar:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="255"/>
        <source>All cards</source>
        <translation>Wszystkie karty</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="273"/>
        <source>For their words:</source>
        <translation>Pasujące do słów:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="273"/>
        <source>Used lately:</source>
        <translation>Ostatnio używane:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="275"/>
        <source>Add {card}</source>
        <translation>Dodaj: {card}</translation>
    </message>
</context>
<context>
    <name>ContributionCard</name>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="68"/>
        <source>{name} said:</source>
        <extracomment>the credit above a contribution on the wall; {name} is the person as they chose to be credited.</extracomment>
        <translation>{name} mówi:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="104"/>
        <source>Cards: {cards}</source>
        <translation>Karty: {cards}</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="74"/>
        <source>CoProd Desktop</source>
        <translation>CoProd Desktop</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="76"/>
        <source>Status</source>
        <extracomment>Accessible name of the status line at the bottom of the window.</extracomment>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="82"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="83"/>
        <source>&amp;Display and access…</source>
        <translation>&amp;Wygląd i dostępność…</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <location filename="../coprod_desktop/ui/widgets/form_parts.py" line="207"/>
        <source>{colour} {shape}, {initials}</source>
        <translation>{shape}, kolor {colour}, {initials}</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="82"/>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="85"/>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="88"/>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="89"/>
        <source>Choose a meeting, then press Enter to open it.</source>
        <translation>Wybierz spotkanie i naciśnij Enter, aby je otworzyć.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="93"/>
        <source>Opening your meetings…</source>
        <translation>Otwieram spotkania…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="96"/>
        <source>&amp;New meeting</source>
        <translation>&amp;Nowe spotkanie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="97"/>
        <source>&amp;Set up</source>
        <translation>P&amp;rzygotuj</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="98"/>
        <source>&amp;Open in the room</source>
        <translation>&amp;Otwórz w sali</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="100"/>
        <source>Create a new meeting</source>
        <translation>Utwórz nowe spotkanie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="101"/>
        <source>Change the chosen meeting&apos;s details, people and prompts</source>
        <translation>Zmień dane, osoby i tematy wybranego spotkania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="102"/>
        <source>Show the chosen meeting on the room screen</source>
        <translation>Pokaż wybrane spotkanie na ekranie sali</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="127"/>
        <source>There are no meetings yet. Press “New meeting” to set one up.</source>
        <translation>Nie ma jeszcze spotkań. Naciśnij „Nowe spotkanie”, aby je przygotować.</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="76"/>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="174"/>
        <source>People taking part</source>
        <translation>Osoby biorące udział</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="89"/>
        <source>Same as the meeting</source>
        <translation>Jak dla spotkania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="102"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="102"/>
        <source>The person&apos;s name, kept on this laptop</source>
        <translation>Imię i nazwisko, przechowywane na tym laptopie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="105"/>
        <source>&amp;Credit them as:</source>
        <translation>&amp;Podpisuj jako:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="107"/>
        <source>How their name appears beside what they say, on screen and on paper</source>
        <translation>Jak podpisać słowa tej osoby na ekranie i na papierze</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="110"/>
        <source>C&amp;hosen name:</source>
        <translation>Wybrane i&amp;mię:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="110"/>
        <source>The name they want to be credited as</source>
        <translation>Imię, pod którym osoba chce być podpisana</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="113"/>
        <source>Reading spee&amp;d for them:</source>
        <translation>&amp;Szybkość czytania dla tej osoby:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="113"/>
        <source>How fast their words are read back to them</source>
        <translation>Jak szybko słowa są czytane tej osobie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="115"/>
        <source>Marker co&amp;lour:</source>
        <translation>&amp;Kolor znacznika:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="116"/>
        <source>Marker &amp;shape:</source>
        <translation>Kształ&amp;t znacznika:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="122"/>
        <source>&amp;Add person</source>
        <translation>&amp;Dodaj osobę</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="123"/>
        <source>Sa&amp;ve changes</source>
        <translation>&amp;Zapisz zmiany</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="124"/>
        <source>R&amp;emove person</source>
        <translation>&amp;Usuń osobę</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="125"/>
        <source>New &amp;person</source>
        <translation>&amp;Nowa osoba</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="126"/>
        <source>Their words as a&amp;udio…</source>
        <translation>Słowa &amp;jako dźwięk…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="128"/>
        <source>Save what this person said as a sound file they can take home</source>
        <translation>Zapisz słowa tej osoby jako plik dźwiękowy do zabrania do domu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="130"/>
        <source>Communication pro&amp;file…</source>
        <translation>Profil &amp;komunikacji…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="132"/>
        <source>How they like to communicate: formats, language, interpreter, switch, speech</source>
        <translation>Jak ta osoba woli się porozumiewać: formaty, język, tłumacz, przełącznik, mowa</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="223"/>
        <source>{credit}  ({name}, credited by {style})</source>
        <translation>{credit}  ({name}, podpis: {style})</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="230"/>
        <source>, marker: {marker}</source>
        <translation>, znacznik: {marker}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="314"/>
        <source>Saved the communication profile of {name}.</source>
        <translation>Zapisano profil komunikacji: {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="328"/>
        <source>Shown and printed as: {name}</source>
        <translation>Na ekranie i wydruku: {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="329"/>
        <source>Marker: {marker}</source>
        <translation>Znacznik: {marker}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="355"/>
        <source>Added {name}.</source>
        <translation>Dodano: {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="370"/>
        <source>Saved {name}.</source>
        <translation>Zapisano: {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="21"/>
        <source>Full name</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="22"/>
        <source>First name</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="23"/>
        <source>Initials</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation>Inicjały</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="24"/>
        <source>A name they choose</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation>Wybrane imię</translation>
    </message>
</context>
<context>
    <name>PersonTiles</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="114"/>
        <source>Marker: {marker}.</source>
        <translation>Znacznik: {marker}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="116"/>
        <source>Needs: {flags}.</source>
        <translation>Potrzeby: {flags}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="118"/>
        <source>Shortcut: Alt+{n}.</source>
        <translation>Skrót: Alt+{n}.</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="42"/>
        <source>Photo</source>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="55"/>
        <source>They agree to a photo of them being used</source>
        <translation>Osoba zgadza się na użycie swojego zdjęcia</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="57"/>
        <source>Ask them first. Taking it back deletes their photo straight away.</source>
        <translation>Najpierw zapytaj. Wycofanie zgody od razu usuwa zdjęcie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="64"/>
        <source>Remove their photo</source>
        <translation>Usuń zdjęcie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="63"/>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="108"/>
        <source>Add the&amp;ir photo…</source>
        <translation>Dodaj zdję&amp;cie…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="108"/>
        <source>Change the&amp;ir photo…</source>
        <translation>Zmień zdję&amp;cie…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="120"/>
        <source>Their photo</source>
        <translation>Zdjęcie tej osoby</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="123"/>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="124"/>
        <source>No photo</source>
        <translation>Brak zdjęcia</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="128"/>
        <source>No photo consent recorded.</source>
        <translation>Nie zapisano zgody na zdjęcie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="131"/>
        <source>Agreed {when}</source>
        <translation>Zgoda: {when}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="131"/>
        <source>Took it back {when}</source>
        <translation>Wycofano zgodę: {when}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="143"/>
        <source>Taking back consent deletes their photo now. Go on?</source>
        <translation>Wycofanie zgody usunie teraz zdjęcie. Kontynuować?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="157"/>
        <source>Recorded that {name} agrees to a photo.</source>
        <translation>Zapisano, że {name} zgadza się na zdjęcie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="159"/>
        <source>Recorded that {name} does not agree to a photo; any photo of them is deleted.</source>
        <translation>Zapisano, że {name} nie zgadza się na zdjęcie; zdjęcia tej osoby usunięto.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="172"/>
        <source>Photo removed.</source>
        <translation>Usunięto zdjęcie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="176"/>
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
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="431"/>
        <source>This meeting has no prompts yet. Add them in Set up.</source>
        <translation>To spotkanie nie ma jeszcze tematów. Dodaj je w „Przygotuj”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="438"/>
        <source>Prompt {n} of {total}</source>
        <translation>Temat {n} z {total}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="441"/>
        <source>Picture: {card}</source>
        <translation>Obrazek: {card}</translation>
    </message>
</context>
<context>
    <name>PromptsEditor</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="65"/>
        <source>Prompts, in order</source>
        <translation>Tematy, po kolei</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="74"/>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="158"/>
        <source>No picture</source>
        <translation>Bez obrazka</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="77"/>
        <source>Prompt &amp;words:</source>
        <translation>&amp;Słowa tematu:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="77"/>
        <source>A short question or topic for the group</source>
        <translation>Krótkie pytanie lub temat dla grupy</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="78"/>
        <source>P&amp;icture card:</source>
        <translation>&amp;Karta obrazkowa:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="78"/>
        <source>A picture shown with the prompt</source>
        <translation>Obrazek pokazywany z tematem</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="80"/>
        <source>&amp;Add prompt</source>
        <translation>Dod&amp;aj temat</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="81"/>
        <source>Sa&amp;ve changes</source>
        <translation>&amp;Zapisz zmiany</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="82"/>
        <source>Move &amp;up</source>
        <translation>Przenieś w &amp;górę</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="83"/>
        <source>Move &amp;down</source>
        <translation>Przenieś w &amp;dół</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="84"/>
        <source>R&amp;emove prompt</source>
        <translation>&amp;Usuń temat</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="85"/>
        <source>New &amp;prompt</source>
        <translation>&amp;Nowy temat</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="106"/>
        <source>Prompts, in the order the meeting goes through them</source>
        <translation>Tematy w kolejności, w jakiej omawia je spotkanie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="204"/>
        <source>Prompt added.</source>
        <translation>Dodano temat.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="211"/>
        <source>Prompt saved.</source>
        <translation>Zapisano temat.</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="42"/>
        <source>The backup is back in place. The damaged file was kept as {name}.</source>
        <translation>Przywrócono kopię zapasową. Uszkodzony plik zachowano jako {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="51"/>
        <source>Restore the newest backup ({name})?</source>
        <translation>Przywrócić najnowszą kopię zapasową ({name})?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="52"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Przywróć kopię zapasową</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="53"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
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
    <name>RoomAnnouncer</name>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="51"/>
        <source>The room: {meeting}.</source>
        <translation>Sala: {meeting}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="66"/>
        <source>This meeting has no prompts yet.</source>
        <translation>To spotkanie nie ma jeszcze tematów.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="68"/>
        <source>Prompt {n} of {total}: {prompt}</source>
        <extracomment>announced to screen readers on opening the room and on moving to another prompt.</extracomment>
        <translation>Temat {n} z {total}: {prompt}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="72"/>
        <source>Nobody is speaking yet.</source>
        <translation>Nikt jeszcze nie mówi.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="74"/>
        <source>{name} is speaking.</source>
        <extracomment>announced to screen readers when it is someone&apos;s turn; {name} is how they are credited.</extracomment>
        <translation>Mówi {name}.</translation>
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
        <location filename="../coprod_desktop/ui/display/room_display.py" line="187"/>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="354"/>
        <source>{name} said:</source>
        <translation>{name} powiedział(a):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="275"/>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="322"/>
        <source>{name} is speaking</source>
        <translation>Mówi {name}</translation>
    </message>
</context>
<context>
    <name>RoomScanning</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="52"/>
        <source>People</source>
        <extracomment>a switch-scanning group: the person tiles.</extracomment>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="54"/>
        <source>Quick cards</source>
        <extracomment>a switch-scanning group: the row of cards matching their words, or used lately.</extracomment>
        <translation>Szybkie karty</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="56"/>
        <source>Cards</source>
        <extracomment>a switch-scanning group: every picture card shown.</extracomment>
        <translation>Karty</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="58"/>
        <source>Actions</source>
        <extracomment>a switch-scanning group: Save, Read aloud, Next and Previous prompt, Clear.</extracomment>
        <translation>Przyciski</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="61"/>
        <source>Take a card away</source>
        <translation>Usuń kartę</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="70"/>
        <source>◀ &amp;Previous prompt</source>
        <translation>◀ &amp;Poprzedni temat</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="71"/>
        <source>&amp;Next prompt ▶</source>
        <translation>&amp;Następny temat ▶</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="72"/>
        <source>Previous prompt</source>
        <translation>Poprzedni temat</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="73"/>
        <source>Next prompt</source>
        <translation>Następny temat</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="80"/>
        <source>Who is speaking?</source>
        <translation>Kto mówi?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="85"/>
        <source>&amp;Set up</source>
        <translation>P&amp;rzygotuj</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="86"/>
        <source>P&amp;rint summary…</source>
        <translation>&amp;Drukuj podsumowanie…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="87"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Spotkania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="94"/>
        <source>🔊 Rea&amp;d aloud</source>
        <translation>🔊 &amp;Czytaj na głos</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="95"/>
        <source>Read the prompt aloud</source>
        <translation>Przeczytaj temat na głos</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="97"/>
        <source>Speec&amp;h…</source>
        <translation>&amp;Mowa…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="98"/>
        <source>Speech settings</source>
        <translation>Ustawienia mowy</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="372"/>
        <source>Scanning has paused: press the switch to start again.</source>
        <translation>Skanowanie wstrzymane: naciśnij przełącznik, aby zacząć znowu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="377"/>
        <source>{name} is speaking.</source>
        <translation>Mówi {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="379"/>
        <source>Choose who is speaking.</source>
        <translation>Wybierz, kto mówi.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_draft.py" line="71"/>
        <source>That is the most cards one contribution can have.</source>
        <translation>To największa liczba kart w jednej wypowiedzi.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="417"/>
        <source>Saved what {name} said.</source>
        <translation>Zapisano wypowiedź osoby {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="456"/>
        <source>Reads the prompt aloud. Escape stops reading.</source>
        <translation>Czyta temat na głos. Escape przerywa czytanie.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="108"/>
        <source>Meeting &amp;title:</source>
        <translation>&amp;Tytuł spotkania:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="109"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="109"/>
        <source>Year, month and day</source>
        <translation>Rok, miesiąc i dzień</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="110"/>
        <source>&amp;Place:</source>
        <translation>&amp;Miejsce:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="112"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="112"/>
        <source>The language prompts and words are read aloud in</source>
        <translation>Język, w którym czytane są na głos tematy i słowa</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="114"/>
        <source>&amp;Reading speed:</source>
        <translation>&amp;Szybkość czytania:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="115"/>
        <source>Reading &amp;volume:</source>
        <translation>&amp;Głośność czytania:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="141"/>
        <source>Meeting set-up</source>
        <translation>Przygotowanie spotkania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="142"/>
        <source>1. Details</source>
        <translation>1. Dane</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="143"/>
        <source>2. People</source>
        <translation>2. Osoby</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="144"/>
        <source>3. Prompts</source>
        <translation>3. Tematy</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="145"/>
        <source>4. Cards</source>
        <translation>4. Karty</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="151"/>
        <source>&amp;Back to meetings</source>
        <translation>&amp;Wróć do spotkań</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="152"/>
        <source>Start the &amp;meeting</source>
        <translation>&amp;Rozpocznij spotkanie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="242"/>
        <source>New meeting</source>
        <translation>Nowe spotkanie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="249"/>
        <source>&amp;Create meeting</source>
        <translation>&amp;Utwórz spotkanie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="219"/>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="251"/>
        <source>Set up: {title}</source>
        <translation>Przygotowanie: {title}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="258"/>
        <source>&amp;Save details</source>
        <translation>&amp;Zapisz dane</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="286"/>
        <source>Meeting created. Now add the people taking part.</source>
        <translation>Utworzono spotkanie. Teraz dodaj osoby biorące udział.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="291"/>
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
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="40"/>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="104"/>
        <source>Print summary</source>
        <translation>Drukuj podsumowanie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="41"/>
        <source>Print the summary of this meeting, or save it as a PDF file?</source>
        <translation>Wydrukować podsumowanie tego spotkania czy zapisać je jako plik PDF?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="42"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="43"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Zapisz jako PDF…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="59"/>
        <source>Save summary as PDF</source>
        <translation>Zapisz podsumowanie jako PDF</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="59"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="64"/>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="72"/>
        <source>Making the summary…</source>
        <translation>Tworzę podsumowanie…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="68"/>
        <source>Summary saved: {path}</source>
        <translation>Zapisano podsumowanie: {path}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="83"/>
        <source>Printing cancelled.</source>
        <translation>Drukowanie anulowane.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="89"/>
        <source>The summary could not be printed: the printer could not be started.</source>
        <translation>Nie udało się wydrukować podsumowania: nie udało się uruchomić drukarki.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="90"/>
        <source>The summary could not be printed.</source>
        <translation>Nie udało się wydrukować podsumowania.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="93"/>
        <source>Summary sent to the printer.</source>
        <translation>Wysłano podsumowanie do drukarki.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="97"/>
        <source>The summary could not be made: {reason}</source>
        <translation>Nie udało się utworzyć podsumowania: {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="98"/>
        <source>The summary could not be made.</source>
        <translation>Nie udało się utworzyć podsumowania.</translation>
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
    <name>Wall</name>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="139"/>
        <source>Contributions</source>
        <translation>Wypowiedzi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="147"/>
        <source>Nothing has been added for this prompt yet.</source>
        <translation>Do tego tematu nic jeszcze nie dodano.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="234"/>
        <source>Show earlier contributions ({n} more)</source>
        <translation>Pokaż wcześniejsze wypowiedzi (jeszcze: {n})</translation>
    </message>
</context>
</TS>
