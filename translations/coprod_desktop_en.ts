<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="41"/>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="51"/>
        <source>Display and access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="62"/>
        <source>{percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="66"/>
        <source>Less movement on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="69"/>
        <source>No moving highlight while words are read, no animations, no blinking cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="72"/>
        <source>Switch access in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="75"/>
        <source>One switch: the highlight moves by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="76"/>
        <source>Two switches: one moves, one chooses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="80"/>
        <source>Say each item as it is highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="88"/>
        <source>&amp;Language of the app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="89"/>
        <source>&amp;Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="89"/>
        <source>High contrast themes have the strongest contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="90"/>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="91"/>
        <source>&amp;Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="93"/>
        <source>Seeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="98"/>
        <source>&amp;Switches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="100"/>
        <source>Time on each &amp;item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="100"/>
        <source>How long the highlight stays, 0.5 to 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="104"/>
        <source>E&amp;xtra time on the first item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="106"/>
        <source>Time to get ready after a choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="110"/>
        <source>&amp;Hold the switch for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="112"/>
        <source>A press counts only when held this long; 0 counts every press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="115"/>
        <source>Switch access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="56"/>
        <source>Standard</source>
        <extracomment>A colour scheme for the whole app, chosen from a list in Display and access.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="85"/>
        <source>High contrast light</source>
        <extracomment>A colour scheme for the whole app, chosen from a list in Display and access.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="113"/>
        <source>High contrast dark</source>
        <extracomment>A colour scheme for the whole app, chosen from a list in Display and access.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="140"/>
        <source>Cream background</source>
        <extracomment>A colour scheme for the whole app, chosen from a list in Display and access.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="183"/>
        <source>Atkinson Hyperlegible (clear letters)</source>
        <extracomment>A font for the whole app, chosen from a list. &apos;Atkinson Hyperlegible&apos; and &apos;OpenDyslexic&apos; are names: keep them; translate the words in brackets.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="184"/>
        <source>OpenDyslexic (for dyslexia)</source>
        <extracomment>A font for the whole app, chosen from a list. &apos;Atkinson Hyperlegible&apos; and &apos;OpenDyslexic&apos; are names: keep them; translate the words in brackets.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioExporter</name>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="36"/>
        <source>Save their words as audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="36"/>
        <source>Sound files (*.wav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="41"/>
        <source>Making the sound file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="49"/>
        <source>Sound file saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="56"/>
        <source>Save as audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="53"/>
        <source>The sound file could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="61"/>
        <source>The sound file could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardBringer</name>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="80"/>
        <source>Bring in photos, pictures or a board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="82"/>
        <source>Pictures and AAC boards ({pictures} *.obf *.obz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="118"/>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="150"/>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="226"/>
        <source>Getting {file} ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="163"/>
        <source>Added the picture card “{card}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="192"/>
        <source>Save the cards as a board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="194"/>
        <source>Open Board packages (*.obz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="199"/>
        <source>Saving the cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="202"/>
        <source>Cards saved as a board: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="219"/>
        <source>Their photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="221"/>
        <source>Photos ({pictures})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="240"/>
        <source>Saved the photo of {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardGrid</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="155"/>
        <source>✓ {card}</source>
        <extracomment>a card in the picker that is already in the contribution being made.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="158"/>
        <source>{card}, chosen</source>
        <extracomment>what a screen reader says for a card already in the contribution being made.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardsEditor</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="76"/>
        <source>Groups of cards shown in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="77"/>
        <source>Space ticks or clears a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="94"/>
        <source>Cards in this group: ticked ones show in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="97"/>
        <source>&amp;Bring in photos, pictures or a board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="99"/>
        <source>Photos and pictures (JPEG, PNG …) or AAC boards (.obf, .obz). You can also drop files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="101"/>
        <source>&amp;Save these cards as a board (.obz)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="102"/>
        <source>&amp;Remove a card that was brought in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="118"/>
        <source>Groups shown in the room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="121"/>
        <source>Cards in the group (untick to hide one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="254"/>
        <source>The room will show the ticked cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="259"/>
        <source>Choose a card that was brought in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="267"/>
        <source>Card removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChosenCards</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="399"/>
        <source>Remove {card}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="160"/>
        <source>Which picture cards to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="183"/>
        <source>Type what they said, word for word. Ctrl+Enter saves. Ctrl+1 to Ctrl+6 add a matching card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="201"/>
        <source>&amp;Cards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="255"/>
        <source>All cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="167"/>
        <source>Picture cards: press Enter or Space to add one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="42"/>
        <source>Normal cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="43"/>
        <source>Large cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="44"/>
        <source>Very large cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="45"/>
        <source>Huge cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="151"/>
        <source>Find a card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="152"/>
        <source>Find a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="165"/>
        <source>Card size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="166"/>
        <source>Ctrl+Plus and Ctrl+Minus also change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="172"/>
        <source>Quick cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="175"/>
        <source>Cards chosen: press Delete to take one away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="176"/>
        <source>Chosen (click one to take it away):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="181"/>
        <source>Their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="205"/>
        <source>&amp;Group:</source>
        <extracomment>the label of the drop-down list of card groups (All cards, Feelings, Food...).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="207"/>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="273"/>
        <source>For their words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="273"/>
        <source>Used lately:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="275"/>
        <source>Add {card}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="185"/>
        <source>Type what they said, word for word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="154"/>
        <source>Type a word; the cards that match show below. Ctrl+F comes back here from anywhere in the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="187"/>
        <source>Their &amp;words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="191"/>
        <location filename="../coprod_desktop/ui/room/composer.py" line="192"/>
        <source>Save contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="193"/>
        <source>Shortcut: Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="194"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="195"/>
        <source>Clear the cards and words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionCard</name>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="68"/>
        <source>{name} said:</source>
        <extracomment>the credit above a contribution on the wall; {name} is the person as they chose to be credited.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="104"/>
        <source>Cards: {cards}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../coprod_desktop/ui/platform/language.py" line="159"/>
        <source>&amp;Language</source>
        <extracomment>The menu for choosing the language of the whole app. Keep one &amp; on a letter of your word.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="74"/>
        <source>CoProd Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="76"/>
        <source>Status</source>
        <extracomment>Accessible name of the status line at the bottom of the window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="82"/>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="83"/>
        <source>&amp;Display and access…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <location filename="../coprod_desktop/ui/widgets/form_parts.py" line="207"/>
        <source>{colour} {shape}, {initials}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="82"/>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="85"/>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="88"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="89"/>
        <source>Choose a meeting, then press Enter to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="127"/>
        <source>There are no meetings yet. Press “New meeting” to set one up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="96"/>
        <source>&amp;New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="93"/>
        <source>Opening your meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="97"/>
        <source>&amp;Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="98"/>
        <source>&amp;Open in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="100"/>
        <source>Create a new meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="101"/>
        <source>Change the chosen meeting&apos;s details, people and prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="102"/>
        <source>Show the chosen meeting on the room screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="76"/>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="174"/>
        <source>People taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="89"/>
        <source>Same as the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="102"/>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="102"/>
        <source>The person&apos;s name, kept on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="105"/>
        <source>&amp;Credit them as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="107"/>
        <source>How their name appears beside what they say, on screen and on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="110"/>
        <source>C&amp;hosen name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="110"/>
        <source>The name they want to be credited as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="113"/>
        <source>Reading spee&amp;d for them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="113"/>
        <source>How fast their words are read back to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="115"/>
        <source>Marker co&amp;lour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="116"/>
        <source>Marker &amp;shape:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="122"/>
        <source>&amp;Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="123"/>
        <source>Sa&amp;ve changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="124"/>
        <source>R&amp;emove person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="125"/>
        <source>New &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="126"/>
        <source>Their words as a&amp;udio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="128"/>
        <source>Save what this person said as a sound file they can take home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="130"/>
        <source>Communication pro&amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="132"/>
        <source>How they like to communicate: formats, language, interpreter, switch, speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="223"/>
        <source>{credit}  ({name}, credited by {style})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="230"/>
        <source>, marker: {marker}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="314"/>
        <source>Saved the communication profile of {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="328"/>
        <source>Shown and printed as: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="329"/>
        <source>Marker: {marker}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="355"/>
        <source>Added {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="370"/>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="21"/>
        <source>Full name</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="22"/>
        <source>First name</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="23"/>
        <source>Initials</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="24"/>
        <source>A name they choose</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonTiles</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="114"/>
        <source>Marker: {marker}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="116"/>
        <source>Needs: {flags}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="118"/>
        <source>Shortcut: Alt+{n}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="42"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="55"/>
        <source>They agree to a photo of them being used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="57"/>
        <source>Ask them first. Taking it back deletes their photo straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="64"/>
        <source>Remove their photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="63"/>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="108"/>
        <source>Add the&amp;ir photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="108"/>
        <source>Change the&amp;ir photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="120"/>
        <source>Their photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="123"/>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="124"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="128"/>
        <source>No photo consent recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="131"/>
        <source>Agreed {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="131"/>
        <source>Took it back {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="143"/>
        <source>Taking back consent deletes their photo now. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="157"/>
        <source>Recorded that {name} agrees to a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="159"/>
        <source>Recorded that {name} does not agree to a photo; any photo of them is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="172"/>
        <source>Photo removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="176"/>
        <source>Photo consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureDetailsDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="35"/>
        <source>A picture card from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="41"/>
        <source>The picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="45"/>
        <source>No one (not a photo of a person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="50"/>
        <source>{name} (no photo consent yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="57"/>
        <source>&amp;Words on the card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="57"/>
        <source>What the picture shows, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="58"/>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="58"/>
        <source>The group of cards it goes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="61"/>
        <source>&amp;Is it a photo of someone here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="63"/>
        <source>A photo of a person needs their photo consent, recorded on the People tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="65"/>
        <source>&amp;Taken or drawn by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="65"/>
        <source>Printed with the card, to credit them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="66"/>
        <source>&amp;Permission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="66"/>
        <source>The licence or permission to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="68"/>
        <source>Add the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="81"/>
        <source>Please type the words for this card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="85"/>
        <source>Please type the group this card goes in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="18"/>
        <source>Used with permission</source>
        <extracomment>The permission a picture brought in is used under, filled in for the facilitator to change. It is kept with the card and printed beside it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="87"/>
        <source>Communication profile: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="90"/>
        <source>How {name} likes to communicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="102"/>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="155"/>
        <source>Same as the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="107"/>
        <source>No interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="108"/>
        <source>Spoken language interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="109"/>
        <source>BSL (British Sign Language) interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="121"/>
        <source>Call them (preferred &amp;name):</source>
        <extracomment>the name the person likes to be called, which may differ from their credit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="123"/>
        <source>Leave empty to use the name they are credited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="127"/>
        <source>&amp;Language for reading aloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="129"/>
        <source>Their words and their audio are read in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="131"/>
        <source>&amp;Interpreter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="134"/>
        <source>Interpreter&apos;s lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="136"/>
        <source>For a spoken language interpreter, for example Polish or Tigrinya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="142"/>
        <source>&amp;Easy Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="143"/>
        <source>Large &amp;print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="144"/>
        <source>&amp;Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="146"/>
        <source>Formats they need information in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="160"/>
        <source>Reading spee&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="162"/>
        <source>How fast their words are read back to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="166"/>
        <source>&amp;Voice (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="168"/>
        <source>The name of an installed voice. Leave empty to choose one from the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="170"/>
        <source>Talking, listening and reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="175"/>
        <source>No particular way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="177"/>
        <source>Touch screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="178"/>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="179"/>
        <source>Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="184"/>
        <source>One switch (the highlight moves by itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="185"/>
        <source>Two switches (one moves, one chooses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="192"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="193"/>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="194"/>
        <source>Extra large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="198"/>
        <source>&amp;How they use the laptop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="200"/>
        <source>S&amp;witch set-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="203"/>
        <source>Time on each ite&amp;m (seconds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="205"/>
        <source>How long the highlight stays on each thing while scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="209"/>
        <source>Time to h&amp;old the switch (seconds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="211"/>
        <source>How long the switch must be held before a press counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="216"/>
        <source>Picture card si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="218"/>
        <source>How big the picture cards are when it is their turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="220"/>
        <source>Using the laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="230"/>
        <source>No&amp;tes for the facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="232"/>
        <source>For example: needs breaks. Only you see these: they are never shown on the room screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="234"/>
        <source>They agree to sha&amp;re this profile when the meeting is exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="243"/>
        <source>Note about &amp;consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="245"/>
        <source>For example: agreed with their support worker. Kept with the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="248"/>
        <source>Notes and sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="254"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="256"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="257"/>
        <source>Clear the &amp;form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="258"/>
        <source>Empty every field. Nothing is removed until you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="360"/>
        <source> s</source>
        <extracomment>after a number of seconds in a spin box, e.g. &quot;1.5 s&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="415"/>
        <source>No answer about sharing has been recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="420"/>
        <source>Last recorded: agreed to share, {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="422"/>
        <source>Last recorded: does not agree to share, {day}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileFlag</name>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="28"/>
        <source>BSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="30"/>
        <source>Interpreter: {value}</source>
        <extracomment>on a person&apos;s tile; {value} is the language, e.g. &quot;Interpreter: Polish&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="32"/>
        <source>Language: {value}</source>
        <extracomment>on a person&apos;s tile; {value} is the language their words are read in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="33"/>
        <source>Easy Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="34"/>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="35"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="36"/>
        <source>Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="37"/>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="38"/>
        <source>Touch screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="39"/>
        <source>Much slower speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="40"/>
        <source>Slower speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="41"/>
        <source>Faster speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="42"/>
        <source>Large cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="43"/>
        <source>Extra large cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="45"/>
        <source>See notes</source>
        <extracomment>on a person&apos;s tile: the facilitator has notes about them (never shown there).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="61"/>
        <source>, </source>
        <extracomment>the separator between a person&apos;s communication flags, e.g. &quot;BSL, Easy Read&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptPanel</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="431"/>
        <source>This meeting has no prompts yet. Add them in Set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="438"/>
        <source>Prompt {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="441"/>
        <source>Picture: {card}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptsEditor</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="65"/>
        <source>Prompts, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="74"/>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="158"/>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="77"/>
        <source>Prompt &amp;words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="77"/>
        <source>A short question or topic for the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="78"/>
        <source>P&amp;icture card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="78"/>
        <source>A picture shown with the prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="80"/>
        <source>&amp;Add prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="81"/>
        <source>Sa&amp;ve changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="82"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="83"/>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="84"/>
        <source>R&amp;emove prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="85"/>
        <source>New &amp;prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="106"/>
        <source>Prompts, in the order the meeting goes through them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="204"/>
        <source>Prompt added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="211"/>
        <source>Prompt saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="42"/>
        <source>The backup is back in place. The damaged file was kept as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="51"/>
        <source>Restore the newest backup ({name})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="52"/>
        <source>&amp;Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="53"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingBar</name>
    <message>
        <location filename="../coprod_desktop/ui/room/reading_bar.py" line="25"/>
        <source>Being read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/reading_bar.py" line="35"/>
        <source>■ Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/reading_bar.py" line="36"/>
        <source>Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/reading_bar.py" line="37"/>
        <source>Shortcut: Escape</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomAnnouncer</name>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="51"/>
        <source>The room: {meeting}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="66"/>
        <source>This meeting has no prompts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="68"/>
        <source>Prompt {n} of {total}: {prompt}</source>
        <extracomment>announced to screen readers on opening the room and on moving to another prompt.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="72"/>
        <source>Nobody is speaking yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="74"/>
        <source>{name} is speaking.</source>
        <extracomment>announced to screen readers when it is someone&apos;s turn; {name} is how they are credited.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomDisplay</name>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="68"/>
        <source>Room display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="187"/>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="354"/>
        <source>{name} said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="275"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="322"/>
        <source>{name} is speaking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomScanning</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="52"/>
        <source>People</source>
        <extracomment>a switch-scanning group: the person tiles.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="54"/>
        <source>Quick cards</source>
        <extracomment>a switch-scanning group: the row of cards matching their words, or used lately.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="56"/>
        <source>Cards</source>
        <extracomment>a switch-scanning group: every picture card shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="58"/>
        <source>Actions</source>
        <extracomment>a switch-scanning group: Save, Read aloud, Next and Previous prompt, Clear.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="61"/>
        <source>Take a card away</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="70"/>
        <source>◀ &amp;Previous prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="71"/>
        <source>&amp;Next prompt ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="72"/>
        <source>Previous prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="73"/>
        <source>Next prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="80"/>
        <source>Who is speaking?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="85"/>
        <source>&amp;Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="86"/>
        <source>P&amp;rint summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="87"/>
        <source>&amp;Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="94"/>
        <source>🔊 Rea&amp;d aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="95"/>
        <source>Read the prompt aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="97"/>
        <source>Speec&amp;h…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="98"/>
        <source>Speech settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="372"/>
        <source>Scanning has paused: press the switch to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="377"/>
        <source>{name} is speaking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="379"/>
        <source>Choose who is speaking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_draft.py" line="71"/>
        <source>That is the most cards one contribution can have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="417"/>
        <source>Saved what {name} said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="456"/>
        <source>Reads the prompt aloud. Escape stops reading.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="108"/>
        <source>Meeting &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="109"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="109"/>
        <source>Year, month and day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="110"/>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="112"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="112"/>
        <source>The language prompts and words are read aloud in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="114"/>
        <source>&amp;Reading speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="115"/>
        <source>Reading &amp;volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="141"/>
        <source>Meeting set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="142"/>
        <source>1. Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="143"/>
        <source>2. People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="144"/>
        <source>3. Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="145"/>
        <source>4. Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="151"/>
        <source>&amp;Back to meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="152"/>
        <source>Start the &amp;meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="242"/>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="249"/>
        <source>&amp;Create meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="219"/>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="251"/>
        <source>Set up: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="258"/>
        <source>&amp;Save details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="286"/>
        <source>Meeting created. Now add the people taking part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="291"/>
        <source>Details saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeechSettingsDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="20"/>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="24"/>
        <source>Read each prompt aloud when it comes up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="27"/>
        <source>Talking cards: say each picture card as it is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="30"/>
        <source>Read back each contribution after it is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="36"/>
        <source>Speech engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="38"/>
        <source>Speech &amp;engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="41"/>
        <source>A new engine is used from the next time CoProd Desktop starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="11"/>
        <source>Choose automatically</source>
        <extracomment>A speech engine, chosen from a list. &apos;eSpeak NG&apos;, &apos;pyttsx3&apos; and &apos;Qt&apos; are names: keep them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="12"/>
        <source>eSpeak NG (through pyttsx3)</source>
        <extracomment>A speech engine, chosen from a list. &apos;eSpeak NG&apos;, &apos;pyttsx3&apos; and &apos;Qt&apos; are names: keep them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="13"/>
        <source>The system&apos;s speech (Qt)</source>
        <extracomment>A speech engine, chosen from a list. &apos;eSpeak NG&apos;, &apos;pyttsx3&apos; and &apos;Qt&apos; are names: keep them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Speed</name>
    <message>
        <location filename="../coprod_desktop/domain/speech.py" line="36"/>
        <source>Much slower</source>
        <extracomment>A reading speed for speech, chosen from a list: Much slower, Slower, Normal, Faster.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/speech.py" line="36"/>
        <source>Slower</source>
        <extracomment>A reading speed for speech, chosen from a list: Much slower, Slower, Normal, Faster.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/speech.py" line="36"/>
        <source>Normal</source>
        <extracomment>A reading speed for speech, chosen from a list: Much slower, Slower, Normal, Faster.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/speech.py" line="36"/>
        <source>Faster</source>
        <extracomment>A reading speed for speech, chosen from a list: Much slower, Slower, Normal, Faster.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPrinter</name>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="40"/>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="104"/>
        <source>Print summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="41"/>
        <source>Print the summary of this meeting, or save it as a PDF file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="42"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="43"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="59"/>
        <source>Save summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="59"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="64"/>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="72"/>
        <source>Making the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="68"/>
        <source>Summary saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="83"/>
        <source>Printing cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="89"/>
        <source>The summary could not be printed: the printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="90"/>
        <source>The summary could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="93"/>
        <source>Summary sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="97"/>
        <source>The summary could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="98"/>
        <source>The summary could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwitchAccess</name>
    <message>
        <location filename="../coprod_desktop/ui/widgets/switch_access.py" line="213"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/switch_access.py" line="215"/>
        <source>{group}: {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="139"/>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="147"/>
        <source>Nothing has been added for this prompt yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="234"/>
        <source>Show earlier contributions ({n} more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
