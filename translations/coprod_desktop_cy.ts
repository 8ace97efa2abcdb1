<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="41"/>
        <source> seconds</source>
        <translation> eiliad</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="51"/>
        <source>Display and access</source>
        <translation>Sgrin a mynediad</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="62"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="66"/>
        <source>Less movement on screen</source>
        <translation>Llai o symud ar y sgrin</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="69"/>
        <source>No moving highlight while words are read, no animations, no blinking cursor</source>
        <translation>Dim amlygu sy&apos;n symud wrth ddarllen geiriau, dim animeiddio, dim cyrchwr sy&apos;n fflachio</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="72"/>
        <source>Switch access in the room</source>
        <translation>Mynediad switsh yn yr ystafell</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="75"/>
        <source>One switch: the highlight moves by itself</source>
        <translation>Un switsh: mae&apos;r amlygu&apos;n symud ar ei ben ei hun</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="76"/>
        <source>Two switches: one moves, one chooses</source>
        <translation>Dau switsh: un yn symud, un yn dewis</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="80"/>
        <source>Say each item as it is highlighted</source>
        <translation>Dweud pob eitem wrth iddi gael ei hamlygu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="88"/>
        <source>&amp;Language of the app:</source>
        <translation>&amp;Iaith yr ap:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="89"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Lliwiau:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="89"/>
        <source>High contrast themes have the strongest contrast</source>
        <translation>Y themâu cyferbyniad uchel sydd â&apos;r cyferbyniad cryfaf</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="90"/>
        <source>&amp;Text size:</source>
        <translation>Maint y &amp;testun:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="91"/>
        <source>&amp;Font:</source>
        <translation>&amp;Ffont:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="93"/>
        <source>Seeing</source>
        <translation>Gweld</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="98"/>
        <source>&amp;Switches:</source>
        <translation>&amp;Switshis:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="100"/>
        <source>Time on each &amp;item:</source>
        <translation>Amser ar bob &amp;eitem:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="100"/>
        <source>How long the highlight stays, 0.5 to 10 seconds</source>
        <translation>Am faint mae&apos;r amlygu&apos;n aros, 0.5 i 10 eiliad</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="104"/>
        <source>E&amp;xtra time on the first item:</source>
        <translation>Amser &amp;ychwanegol ar yr eitem gyntaf:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="106"/>
        <source>Time to get ready after a choice</source>
        <translation>Amser i baratoi ar ôl dewis</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="110"/>
        <source>&amp;Hold the switch for:</source>
        <translation>&amp;Dal y switsh am:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="112"/>
        <source>A press counts only when held this long; 0 counts every press</source>
        <translation>Mae gwasgiad yn cyfrif dim ond os caiff ei ddal mor hir â hyn; mae 0 yn cyfrif pob gwasgiad</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="115"/>
        <source>Switch access</source>
        <translation>Mynediad switsh</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="56"/>
        <source>Standard</source>
        <extracomment>A colour scheme for the whole app, chosen from a list in Display and access.</extracomment>
        <translation>Safonol</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="85"/>
        <source>High contrast light</source>
        <extracomment>A colour scheme for the whole app, chosen from a list in Display and access.</extracomment>
        <translation>Cyferbyniad uchel golau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="113"/>
        <source>High contrast dark</source>
        <extracomment>A colour scheme for the whole app, chosen from a list in Display and access.</extracomment>
        <translation>Cyferbyniad uchel tywyll</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="140"/>
        <source>Cream background</source>
        <extracomment>A colour scheme for the whole app, chosen from a list in Display and access.</extracomment>
        <translation>Cefndir hufen</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="183"/>
        <source>Atkinson Hyperlegible (clear letters)</source>
        <extracomment>A font for the whole app, chosen from a list. &apos;Atkinson Hyperlegible&apos; and &apos;OpenDyslexic&apos; are names: keep them; translate the words in brackets.</extracomment>
        <translation>Atkinson Hyperlegible (llythrennau clir)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="184"/>
        <source>OpenDyslexic (for dyslexia)</source>
        <extracomment>A font for the whole app, chosen from a list. &apos;Atkinson Hyperlegible&apos; and &apos;OpenDyslexic&apos; are names: keep them; translate the words in brackets.</extracomment>
        <translation>OpenDyslexic (ar gyfer dyslecsia)</translation>
    </message>
</context>
<context>
    <name>AudioExporter</name>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="36"/>
        <source>Save their words as audio</source>
        <translation>Cadw eu geiriau fel sain</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="36"/>
        <source>Sound files (*.wav)</source>
        <translation>Ffeiliau sain (*.wav)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="41"/>
        <source>Making the sound file…</source>
        <translation>Wrthi&apos;n gwneud y ffeil sain…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="49"/>
        <source>Sound file saved: {path}</source>
        <translation>Ffeil sain wedi&apos;i chadw: {path}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="56"/>
        <source>Save as audio</source>
        <translation>Cadw fel sain</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="53"/>
        <source>The sound file could not be made: {reason}</source>
        <translation>Doedd dim modd gwneud y ffeil sain: {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="61"/>
        <source>The sound file could not be made.</source>
        <translation>Doedd dim modd gwneud y ffeil sain.</translation>
    </message>
</context>
<context>
    <name>CardBringer</name>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="80"/>
        <source>Bring in photos, pictures or a board</source>
        <translation>Dod â ffotograffau, lluniau neu fwrdd i mewn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="82"/>
        <source>Pictures and AAC boards ({pictures} *.obf *.obz);;All files (*)</source>
        <translation>Lluniau a byrddau AAC ({pictures} *.obf *.obz);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="118"/>
        <source>Reading {file}…</source>
        <translation>Wrthi&apos;n darllen {file}…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="150"/>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="226"/>
        <source>Getting {file} ready…</source>
        <translation>Wrthi&apos;n paratoi {file}…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="163"/>
        <source>Added the picture card “{card}”.</source>
        <translation>Wedi ychwanegu&apos;r cerdyn llun “{card}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="192"/>
        <source>Save the cards as a board</source>
        <translation>Cadw&apos;r cardiau fel bwrdd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="194"/>
        <source>Open Board packages (*.obz)</source>
        <translation>Pecynnau Open Board (*.obz)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="199"/>
        <source>Saving the cards…</source>
        <translation>Wrthi&apos;n cadw&apos;r cardiau…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="202"/>
        <source>Cards saved as a board: {path}</source>
        <translation>Cardiau wedi&apos;u cadw fel bwrdd: {path}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="219"/>
        <source>Their photo</source>
        <translation>Eu llun</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="221"/>
        <source>Photos ({pictures})</source>
        <translation>Lluniau ({pictures})</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="240"/>
        <source>Saved the photo of {name}.</source>
        <translation>Wedi cadw llun {name}.</translation>
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
        <translation>{card}, wedi&apos;i ddewis</translation>
    </message>
</context>
<context>
    <name>CardsEditor</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="76"/>
        <source>Groups of cards shown in the room</source>
        <translation>Grwpiau o gardiau a ddangosir yn yr ystafell</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="77"/>
        <source>Space ticks or clears a group.</source>
        <translation>Mae&apos;r bylchwr yn ticio neu&apos;n clirio grŵp.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="94"/>
        <source>Cards in this group: ticked ones show in the room</source>
        <translation>Cardiau yn y grŵp hwn: mae&apos;r rhai â thic yn dangos yn yr ystafell</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="97"/>
        <source>&amp;Bring in photos, pictures or a board…</source>
        <translation>&amp;Dod â ffotograffau, lluniau neu fwrdd i mewn…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="99"/>
        <source>Photos and pictures (JPEG, PNG …) or AAC boards (.obf, .obz). You can also drop files here.</source>
        <translation>Ffotograffau a lluniau (JPEG, PNG …) neu fyrddau AAC (.obf, .obz). Gallwch hefyd ollwng ffeiliau yma.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="101"/>
        <source>&amp;Save these cards as a board (.obz)…</source>
        <translation>&amp;Cadw&apos;r cardiau hyn fel bwrdd (.obz)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="102"/>
        <source>&amp;Remove a card that was brought in</source>
        <translation>&amp;Tynnu cerdyn a ddaeth i mewn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="118"/>
        <source>Groups shown in the room:</source>
        <translation>Grwpiau a ddangosir yn yr ystafell:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="121"/>
        <source>Cards in the group (untick to hide one):</source>
        <translation>Cardiau yn y grŵp (tynnwch y tic i guddio un):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="254"/>
        <source>The room will show the ticked cards.</source>
        <translation>Bydd yr ystafell yn dangos y cardiau â thic.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="259"/>
        <source>Choose a card that was brought in first.</source>
        <translation>Yn gyntaf, dewiswch gerdyn a ddaeth i mewn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="267"/>
        <source>Card removed.</source>
        <translation>Cerdyn wedi&apos;i dynnu.</translation>
    </message>
</context>
<context>
    <name>ChosenCards</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="399"/>
        <source>Remove {card}</source>
        <translation>Tynnu {card}</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="42"/>
        <source>Normal cards</source>
        <translation>Cardiau arferol</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="43"/>
        <source>Large cards</source>
        <translation>Cardiau mawr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="44"/>
        <source>Very large cards</source>
        <translation>Cardiau mawr iawn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="45"/>
        <source>Huge cards</source>
        <translation>Cardiau enfawr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="151"/>
        <source>Find a card…</source>
        <translation>Chwilio am gerdyn…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="152"/>
        <source>Find a card</source>
        <translation>Chwilio am gerdyn</translation>
    </message>
    <message>
        <source>Type a word; the cards that match show below.</source>
        <translation type="vanished">Teipiwch air; bydd y cardiau sy&apos;n cyfateb yn dangos isod.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="154"/>
        <source>Type a word; the cards that match show below. Ctrl+F comes back here from anywhere in the room.</source>
        <translation>Teipiwch air; mae&apos;r cardiau sy&apos;n cyfateb yn dangos isod. Mae Ctrl+F yn dod yn ôl yma o unrhyw le yn yr ystafell.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="160"/>
        <source>Which picture cards to show</source>
        <translation>Pa gardiau lluniau i&apos;w dangos</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="165"/>
        <source>Card size</source>
        <translation>Maint y cardiau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="166"/>
        <source>Ctrl+Plus and Ctrl+Minus also change it</source>
        <translation>Mae Ctrl+Plus a Ctrl+Minus hefyd yn ei newid</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="167"/>
        <source>Picture cards: press Enter or Space to add one</source>
        <translation>Cardiau lluniau: pwyswch Enter neu&apos;r bylchwr i ychwanegu un</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="172"/>
        <source>Quick cards</source>
        <translation>Cardiau cyflym</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="175"/>
        <source>Cards chosen: press Delete to take one away</source>
        <translation>Cardiau a ddewiswyd: pwyswch Delete i dynnu un</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="176"/>
        <source>Chosen (click one to take it away):</source>
        <translation>Wedi&apos;u dewis (cliciwch un i&apos;w dynnu):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="181"/>
        <source>Their words</source>
        <translation>Eu geiriau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="183"/>
        <source>Type what they said, word for word. Ctrl+Enter saves. Ctrl+1 to Ctrl+6 add a matching card.</source>
        <translation>Teipiwch beth ddywedon nhw, air am air. Mae Ctrl+Enter yn cadw. Mae Ctrl+1 i Ctrl+6 yn ychwanegu cerdyn sy&apos;n cyfateb.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="185"/>
        <source>Type what they said, word for word</source>
        <translation>Teipiwch beth ddywedon nhw, air am air</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="187"/>
        <source>Their &amp;words:</source>
        <translation>Eu &amp;geiriau:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="191"/>
        <location filename="../coprod_desktop/ui/room/composer.py" line="192"/>
        <source>Save contribution</source>
        <translation>Cadw&apos;r cyfraniad</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="193"/>
        <source>Shortcut: Ctrl+Enter</source>
        <translation>Llwybr byr: Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="194"/>
        <source>Clear</source>
        <translation>Clirio</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="195"/>
        <source>Clear the cards and words</source>
        <translation>Clirio&apos;r cardiau a&apos;r geiriau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="201"/>
        <source>&amp;Cards:</source>
        <translation>&amp;Cardiau:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="205"/>
        <source>&amp;Group:</source>
        <extracomment>the label of the drop-down list of card groups (All cards, Feelings, Food...).</extracomment>
        <translation>&amp;Grŵp:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="207"/>
        <source>Si&amp;ze:</source>
        <translation>&amp;Maint:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="255"/>
        <source>All cards</source>
        <translation>Pob cerdyn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="273"/>
        <source>For their words:</source>
        <translation>Ar gyfer eu geiriau:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="273"/>
        <source>Used lately:</source>
        <translation>Wedi&apos;u defnyddio&apos;n ddiweddar:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="275"/>
        <source>Add {card}</source>
        <translation>Ychwanegu {card}</translation>
    </message>
</context>
<context>
    <name>ContributionCard</name>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="68"/>
        <source>{name} said:</source>
        <extracomment>the credit above a contribution on the wall; {name} is the person as they chose to be credited.</extracomment>
        <translation>Dywedodd {name}:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="104"/>
        <source>Cards: {cards}</source>
        <translation>Cardiau: {cards}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../coprod_desktop/ui/platform/language.py" line="159"/>
        <source>&amp;Language</source>
        <extracomment>The menu for choosing the language of the whole app. Keep one &amp; on a letter of your word.</extracomment>
        <translation>&amp;Iaith</translation>
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
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="82"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Gosodiadau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="83"/>
        <source>&amp;Display and access…</source>
        <translation>&amp;Sgrin a mynediad…</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <location filename="../coprod_desktop/ui/widgets/form_parts.py" line="207"/>
        <source>{colour} {shape}, {initials}</source>
        <translation>{shape}, lliw {colour}, {initials}</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="82"/>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="85"/>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="88"/>
        <source>Meetings</source>
        <translation>Cyfarfodydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="89"/>
        <source>Choose a meeting, then press Enter to open it.</source>
        <translation>Dewiswch gyfarfod, yna pwyswch Enter i&apos;w agor.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="93"/>
        <source>Opening your meetings…</source>
        <translation>Wrthi&apos;n agor eich cyfarfodydd…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="96"/>
        <source>&amp;New meeting</source>
        <translation>Cyfarfod &amp;newydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="97"/>
        <source>&amp;Set up</source>
        <translation>&amp;Paratoi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="98"/>
        <source>&amp;Open in the room</source>
        <translation>&amp;Agor yn yr ystafell</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="100"/>
        <source>Create a new meeting</source>
        <translation>Creu cyfarfod newydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="101"/>
        <source>Change the chosen meeting&apos;s details, people and prompts</source>
        <translation>Newid manylion, pobl a phynciau&apos;r cyfarfod a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="102"/>
        <source>Show the chosen meeting on the room screen</source>
        <translation>Dangos y cyfarfod a ddewiswyd ar sgrin yr ystafell</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="127"/>
        <source>There are no meetings yet. Press “New meeting” to set one up.</source>
        <translation>Does dim cyfarfodydd eto. Pwyswch “Cyfarfod newydd” i baratoi un.</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="76"/>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="174"/>
        <source>People taking part</source>
        <translation>Pobl sy&apos;n cymryd rhan</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="89"/>
        <source>Same as the meeting</source>
        <translation>Yr un fath â&apos;r cyfarfod</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="102"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Enw llawn:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="102"/>
        <source>The person&apos;s name, kept on this laptop</source>
        <translation>Enw&apos;r person, wedi&apos;i gadw ar y gliniadur hwn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="105"/>
        <source>&amp;Credit them as:</source>
        <translation>&amp;Dangos eu henw fel:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="107"/>
        <source>How their name appears beside what they say, on screen and on paper</source>
        <translation>Sut mae eu henw&apos;n ymddangos wrth ymyl beth maen nhw&apos;n ei ddweud, ar y sgrin ac ar bapur</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="110"/>
        <source>C&amp;hosen name:</source>
        <translation>Enw &amp;o&apos;u dewis:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="110"/>
        <source>The name they want to be credited as</source>
        <translation>Yr enw maen nhw eisiau i&apos;w ddangos</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="113"/>
        <source>Reading spee&amp;d for them:</source>
        <translation>Cyflymde&amp;r darllen iddyn nhw:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="113"/>
        <source>How fast their words are read back to them</source>
        <translation>Pa mor gyflym mae eu geiriau&apos;n cael eu darllen yn ôl iddyn nhw</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="115"/>
        <source>Marker co&amp;lour:</source>
        <translation>&amp;Lliw&apos;r marciwr:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="116"/>
        <source>Marker &amp;shape:</source>
        <translation>&amp;Siâp y marciwr:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="122"/>
        <source>&amp;Add person</source>
        <translation>Ychwanegu &amp;person</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="123"/>
        <source>Sa&amp;ve changes</source>
        <translation>&amp;Cadw&apos;r newidiadau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="124"/>
        <source>R&amp;emove person</source>
        <translation>&amp;Tynnu&apos;r person</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="125"/>
        <source>New &amp;person</source>
        <translation>Person &amp;newydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="126"/>
        <source>Their words as a&amp;udio…</source>
        <translation>Eu geiriau fel s&amp;ain…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="128"/>
        <source>Save what this person said as a sound file they can take home</source>
        <translation>Cadw beth ddywedodd y person hwn fel ffeil sain y gallan nhw fynd â hi adref</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="130"/>
        <source>Communication pro&amp;file…</source>
        <translation>Proffil &amp;cyfathrebu…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="132"/>
        <source>How they like to communicate: formats, language, interpreter, switch, speech</source>
        <translation>Sut maen nhw&apos;n hoffi cyfathrebu: fformatau, iaith, cyfieithydd, switsh, lleferydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="223"/>
        <source>{credit}  ({name}, credited by {style})</source>
        <translation>{credit}  ({name}, enw a ddangosir: {style})</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="230"/>
        <source>, marker: {marker}</source>
        <translation>, marciwr: {marker}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="314"/>
        <source>Saved the communication profile of {name}.</source>
        <translation>Wedi cadw proffil cyfathrebu {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="328"/>
        <source>Shown and printed as: {name}</source>
        <translation>Yn cael ei ddangos a&apos;i argraffu fel: {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="329"/>
        <source>Marker: {marker}</source>
        <translation>Marciwr: {marker}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="355"/>
        <source>Added {name}.</source>
        <translation>Wedi ychwanegu {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="370"/>
        <source>Saved {name}.</source>
        <translation>Wedi cadw {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="21"/>
        <source>Full name</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation>Enw llawn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="22"/>
        <source>First name</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="23"/>
        <source>Initials</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation>Llythrennau cyntaf</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="24"/>
        <source>A name they choose</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation>Enw o&apos;u dewis</translation>
    </message>
</context>
<context>
    <name>PersonTiles</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="114"/>
        <source>Marker: {marker}.</source>
        <translation>Marciwr: {marker}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="116"/>
        <source>Needs: {flags}.</source>
        <translation>Angen: {flags}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="118"/>
        <source>Shortcut: Alt+{n}.</source>
        <translation>Llwybr byr: Alt+{n}.</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="42"/>
        <source>Photo</source>
        <translation>Llun</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="55"/>
        <source>They agree to a photo of them being used</source>
        <translation>Maen nhw&apos;n cytuno i ddefnyddio llun ohonyn nhw</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="57"/>
        <source>Ask them first. Taking it back deletes their photo straight away.</source>
        <translation>Gofynnwch iddyn nhw yn gyntaf. Mae tynnu&apos;r caniatâd yn ôl yn dileu eu llun ar unwaith.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="64"/>
        <source>Remove their photo</source>
        <translation>Tynnu eu llun</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="63"/>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="108"/>
        <source>Add the&amp;ir photo…</source>
        <translation>Ychwanegu eu ll&amp;un…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="108"/>
        <source>Change the&amp;ir photo…</source>
        <translation>Newid eu ll&amp;un…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="120"/>
        <source>Their photo</source>
        <translation>Eu llun</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="123"/>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="124"/>
        <source>No photo</source>
        <translation>Dim llun</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="128"/>
        <source>No photo consent recorded.</source>
        <translation>Does dim caniatâd llun wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="131"/>
        <source>Agreed {when}</source>
        <translation>Wedi cytuno: {when}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="131"/>
        <source>Took it back {when}</source>
        <translation>Wedi tynnu&apos;n ôl: {when}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="143"/>
        <source>Taking back consent deletes their photo now. Go on?</source>
        <translation>Mae tynnu&apos;r caniatâd yn ôl yn dileu eu llun nawr. Mynd ymlaen?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="157"/>
        <source>Recorded that {name} agrees to a photo.</source>
        <translation>Wedi cofnodi bod {name} yn cytuno i lun.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="159"/>
        <source>Recorded that {name} does not agree to a photo; any photo of them is deleted.</source>
        <translation>Wedi cofnodi nad yw {name} yn cytuno i lun; mae unrhyw lun ohonyn nhw wedi&apos;i ddileu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="172"/>
        <source>Photo removed.</source>
        <translation>Llun wedi&apos;i dynnu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="176"/>
        <source>Photo consent</source>
        <translation>Caniatâd llun</translation>
    </message>
</context>
<context>
    <name>PictureDetailsDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="35"/>
        <source>A picture card from {file}</source>
        <translation>Cerdyn llun o {file}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="41"/>
        <source>The picture</source>
        <translation>Y llun</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="45"/>
        <source>No one (not a photo of a person)</source>
        <translation>Neb (nid llun o berson)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="50"/>
        <source>{name} (no photo consent yet)</source>
        <translation>{name} (dim caniatâd llun eto)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="57"/>
        <source>&amp;Words on the card:</source>
        <translation>&amp;Geiriau ar y cerdyn:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="57"/>
        <source>What the picture shows, in a few words</source>
        <translation>Beth mae&apos;r llun yn ei ddangos, mewn ychydig eiriau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="58"/>
        <source>&amp;Group:</source>
        <translation>G&amp;rŵp:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="58"/>
        <source>The group of cards it goes in</source>
        <translation>Y grŵp o gardiau y mae&apos;n mynd iddo</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="61"/>
        <source>&amp;Is it a photo of someone here?</source>
        <translation>&amp;Ai llun o rywun sydd yma yw e?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="63"/>
        <source>A photo of a person needs their photo consent, recorded on the People tab</source>
        <translation>Mae angen caniatâd llun y person ar gyfer llun ohonyn nhw, wedi&apos;i gofnodi ar y tab Pobl</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="65"/>
        <source>&amp;Taken or drawn by:</source>
        <translation>Wedi&apos;i &amp;dynnu neu ei arlunio gan:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="65"/>
        <source>Printed with the card, to credit them</source>
        <translation>Wedi&apos;i argraffu gyda&apos;r cerdyn, i&apos;w cydnabod</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="66"/>
        <source>&amp;Permission:</source>
        <translation>&amp;Caniatâd:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="66"/>
        <source>The licence or permission to use it</source>
        <translation>Y drwydded neu&apos;r caniatâd i&apos;w ddefnyddio</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="68"/>
        <source>Add the card</source>
        <translation>Ychwanegu&apos;r cerdyn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="81"/>
        <source>Please type the words for this card.</source>
        <translation>Teipiwch y geiriau ar gyfer y cerdyn hwn, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="85"/>
        <source>Please type the group this card goes in.</source>
        <translation>Teipiwch y grŵp y mae&apos;r cerdyn hwn yn mynd iddo, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="18"/>
        <source>Used with permission</source>
        <extracomment>The permission a picture brought in is used under, filled in for the facilitator to change. It is kept with the card and printed beside it.</extracomment>
        <translation>Defnyddir gyda chaniatâd</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="87"/>
        <source>Communication profile: {name}</source>
        <translation>Proffil cyfathrebu: {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="90"/>
        <source>How {name} likes to communicate</source>
        <translation>Sut mae {name} yn hoffi cyfathrebu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="102"/>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="155"/>
        <source>Same as the meeting</source>
        <translation>Yr un fath â&apos;r cyfarfod</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="107"/>
        <source>No interpreter</source>
        <translation>Dim cyfieithydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="108"/>
        <source>Spoken language interpreter</source>
        <translation>Cyfieithydd iaith lafar</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="109"/>
        <source>BSL (British Sign Language) interpreter</source>
        <translation>Dehonglydd BSL (Iaith Arwyddion Prydain)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="121"/>
        <source>Call them (preferred &amp;name):</source>
        <extracomment>the name the person likes to be called, which may differ from their credit.</extracomment>
        <translation>Enw i&apos;w &amp;galw nhw:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="123"/>
        <source>Leave empty to use the name they are credited by</source>
        <translation>Gadewch yn wag i ddefnyddio&apos;r enw sy&apos;n cael ei ddangos</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="127"/>
        <source>&amp;Language for reading aloud:</source>
        <translation>&amp;Iaith darllen yn uchel:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="129"/>
        <source>Their words and their audio are read in this language</source>
        <translation>Mae eu geiriau a&apos;u sain yn cael eu darllen yn yr iaith hon</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="131"/>
        <source>&amp;Interpreter:</source>
        <translation>&amp;Cyfieithydd:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="134"/>
        <source>Interpreter&apos;s lan&amp;guage:</source>
        <translation>Iaith y cyfieith&amp;ydd:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="136"/>
        <source>For a spoken language interpreter, for example Polish or Tigrinya</source>
        <translation>Ar gyfer cyfieithydd iaith lafar, er enghraifft Pwyleg neu Tigrinya</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="142"/>
        <source>&amp;Easy Read</source>
        <translation>&amp;Hawdd ei Ddeall</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="143"/>
        <source>Large &amp;print</source>
        <translation>Print &amp;bras</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="144"/>
        <source>&amp;Audio</source>
        <translation>&amp;Sain</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="146"/>
        <source>Formats they need information in</source>
        <translation>Fformatau maen nhw angen gwybodaeth ynddyn nhw</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="160"/>
        <source>Reading spee&amp;d:</source>
        <translation>Cyflymde&amp;r darllen:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="162"/>
        <source>How fast their words are read back to them</source>
        <translation>Pa mor gyflym mae eu geiriau&apos;n cael eu darllen yn ôl iddyn nhw</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="166"/>
        <source>&amp;Voice (optional):</source>
        <translation>&amp;Llais (dewisol):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="168"/>
        <source>The name of an installed voice. Leave empty to choose one from the language</source>
        <translation>Enw llais sydd wedi&apos;i osod. Gadewch yn wag i ddewis un yn ôl yr iaith</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="170"/>
        <source>Talking, listening and reading</source>
        <translation>Siarad, gwrando a darllen</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="175"/>
        <source>No particular way</source>
        <translation>Dim ffordd benodol</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="177"/>
        <source>Touch screen</source>
        <translation>Sgrin gyffwrdd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="178"/>
        <source>Keyboard</source>
        <translation>Bysellfwrdd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="179"/>
        <source>Switch</source>
        <translation>Switsh</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="184"/>
        <source>One switch (the highlight moves by itself)</source>
        <translation>Un switsh (mae&apos;r amlygu&apos;n symud ar ei ben ei hun)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="185"/>
        <source>Two switches (one moves, one chooses)</source>
        <translation>Dau switsh (un yn symud, un yn dewis)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="192"/>
        <source>Normal</source>
        <translation>Arferol</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="193"/>
        <source>Large</source>
        <translation>Mawr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="194"/>
        <source>Extra large</source>
        <translation>Mawr iawn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="198"/>
        <source>&amp;How they use the laptop:</source>
        <translation>Sut maen nhw&apos;n &amp;defnyddio&apos;r gliniadur:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="200"/>
        <source>S&amp;witch set-up:</source>
        <translation>Trefn y s&amp;witsh:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="203"/>
        <source>Time on each ite&amp;m (seconds):</source>
        <translation>Amser ar bob &amp;eitem (eiliadau):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="205"/>
        <source>How long the highlight stays on each thing while scanning</source>
        <translation>Am faint mae&apos;r amlygu&apos;n aros ar bob peth wrth sganio</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="209"/>
        <source>Time to h&amp;old the switch (seconds):</source>
        <translation>Amser i ddal y swi&amp;tsh (eiliadau):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="211"/>
        <source>How long the switch must be held before a press counts</source>
        <translation>Am faint mae&apos;n rhaid dal y switsh cyn i&apos;r pwyso gyfrif</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="216"/>
        <source>Picture card si&amp;ze:</source>
        <translation>&amp;Maint y cardiau lluniau:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="218"/>
        <source>How big the picture cards are when it is their turn</source>
        <translation>Pa mor fawr yw&apos;r cardiau lluniau pan mai eu tro nhw yw hi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="220"/>
        <source>Using the laptop</source>
        <translation>Defnyddio&apos;r gliniadur</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="230"/>
        <source>No&amp;tes for the facilitator:</source>
        <translation>&amp;Nodiadau i&apos;r hwylusydd:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="232"/>
        <source>For example: needs breaks. Only you see these: they are never shown on the room screen</source>
        <translation>Er enghraifft: angen seibiant. Dim ond chi sy&apos;n gweld y rhain: dydyn nhw byth yn dangos ar sgrin yr ystafell</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="234"/>
        <source>They agree to sha&amp;re this profile when the meeting is exported</source>
        <translation>Maen nhw&apos;n cytuno i rann&amp;u&apos;r proffil hwn pan fydd y cyfarfod yn cael ei allforio</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="243"/>
        <source>Note about &amp;consent:</source>
        <translation>N&amp;odyn am y caniatâd:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="245"/>
        <source>For example: agreed with their support worker. Kept with the date</source>
        <translation>Er enghraifft: wedi cytuno gyda&apos;u gweithiwr cymorth. Yn cael ei gadw gyda&apos;r dyddiad</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="248"/>
        <source>Notes and sharing</source>
        <translation>Nodiadau a rhannu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="254"/>
        <source>&amp;Save</source>
        <translation>C&amp;adw</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="256"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="257"/>
        <source>Clear the &amp;form</source>
        <translation>Clirio&apos;r &amp;ffurflen</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="258"/>
        <source>Empty every field. Nothing is removed until you save</source>
        <translation>Gwagio pob maes. Does dim byd yn cael ei dynnu nes i chi gadw</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="360"/>
        <source> s</source>
        <extracomment>after a number of seconds in a spin box, e.g. &quot;1.5 s&quot;.</extracomment>
        <translation> eiliad</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="415"/>
        <source>No answer about sharing has been recorded yet.</source>
        <translation>Does dim ateb am rannu wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="420"/>
        <source>Last recorded: agreed to share, {day}.</source>
        <translation>Cofnodwyd ddiwethaf: wedi cytuno i rannu, {day}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="422"/>
        <source>Last recorded: does not agree to share, {day}.</source>
        <translation>Cofnodwyd ddiwethaf: ddim yn cytuno i rannu, {day}.</translation>
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
        <translation>Cyfieithydd: {value}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="32"/>
        <source>Language: {value}</source>
        <extracomment>on a person&apos;s tile; {value} is the language their words are read in.</extracomment>
        <translation>Iaith: {value}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="33"/>
        <source>Easy Read</source>
        <translation>Hawdd ei Ddeall</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="34"/>
        <source>Large print</source>
        <translation>Print bras</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="35"/>
        <source>Audio</source>
        <translation>Sain</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="36"/>
        <source>Switch</source>
        <translation>Switsh</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="37"/>
        <source>Keyboard</source>
        <translation>Bysellfwrdd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="38"/>
        <source>Touch screen</source>
        <translation>Sgrin gyffwrdd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="39"/>
        <source>Much slower speech</source>
        <translation>Lleferydd llawer arafach</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="40"/>
        <source>Slower speech</source>
        <translation>Lleferydd arafach</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="41"/>
        <source>Faster speech</source>
        <translation>Lleferydd cyflymach</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="42"/>
        <source>Large cards</source>
        <translation>Cardiau mawr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="43"/>
        <source>Extra large cards</source>
        <translation>Cardiau mawr iawn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="45"/>
        <source>See notes</source>
        <extracomment>on a person&apos;s tile: the facilitator has notes about them (never shown there).</extracomment>
        <translation>Gweler y nodiadau</translation>
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
        <translation>Does gan y cyfarfod hwn ddim pynciau eto. Ychwanegwch nhw yn Paratoi.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="438"/>
        <source>Prompt {n} of {total}</source>
        <translation>Pwnc {n} o {total}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="441"/>
        <source>Picture: {card}</source>
        <translation>Llun: {card}</translation>
    </message>
</context>
<context>
    <name>PromptsEditor</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="65"/>
        <source>Prompts, in order</source>
        <translation>Pynciau, yn eu trefn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="74"/>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="158"/>
        <source>No picture</source>
        <translation>Dim llun</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="77"/>
        <source>Prompt &amp;words:</source>
        <translation>&amp;Geiriau&apos;r pwnc:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="77"/>
        <source>A short question or topic for the group</source>
        <translation>Cwestiwn neu bwnc byr i&apos;r grŵp</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="78"/>
        <source>P&amp;icture card:</source>
        <translation>Cer&amp;dyn llun:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="78"/>
        <source>A picture shown with the prompt</source>
        <translation>Llun sy&apos;n cael ei ddangos gyda&apos;r pwnc</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="80"/>
        <source>&amp;Add prompt</source>
        <translation>Ychwanegu &amp;pwnc</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="81"/>
        <source>Sa&amp;ve changes</source>
        <translation>&amp;Cadw&apos;r newidiadau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="82"/>
        <source>Move &amp;up</source>
        <translation>Sy&amp;mud i fyny</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="83"/>
        <source>Move &amp;down</source>
        <translation>Symud i &amp;lawr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="84"/>
        <source>R&amp;emove prompt</source>
        <translation>&amp;Tynnu&apos;r pwnc</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="85"/>
        <source>New &amp;prompt</source>
        <translation>Pwnc &amp;newydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="106"/>
        <source>Prompts, in the order the meeting goes through them</source>
        <translation>Pynciau, yn y drefn y bydd y cyfarfod yn mynd drwyddyn nhw</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="204"/>
        <source>Prompt added.</source>
        <translation>Pwnc wedi&apos;i ychwanegu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="211"/>
        <source>Prompt saved.</source>
        <translation>Pwnc wedi&apos;i gadw.</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="42"/>
        <source>The backup is back in place. The damaged file was kept as {name}.</source>
        <translation>Mae&apos;r copi wrth gefn yn ôl yn ei le. Cafodd y ffeil oedd wedi&apos;i difrodi ei chadw fel {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="51"/>
        <source>Restore the newest backup ({name})?</source>
        <translation>Adfer y copi wrth gefn diweddaraf ({name})?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="52"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Adfer y copi wrth gefn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="53"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
</context>
<context>
    <name>ReadingBar</name>
    <message>
        <location filename="../coprod_desktop/ui/room/reading_bar.py" line="25"/>
        <source>Being read aloud</source>
        <translation>Yn cael ei ddarllen yn uchel</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/reading_bar.py" line="35"/>
        <source>■ Stop reading</source>
        <translation>■ Stopio darllen</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/reading_bar.py" line="36"/>
        <source>Stop reading</source>
        <translation>Stopio darllen</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/reading_bar.py" line="37"/>
        <source>Shortcut: Escape</source>
        <translation>Llwybr byr: Escape</translation>
    </message>
</context>
<context>
    <name>RoomAnnouncer</name>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="51"/>
        <source>The room: {meeting}.</source>
        <translation>Yr ystafell: {meeting}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="66"/>
        <source>This meeting has no prompts yet.</source>
        <translation>Does gan y cyfarfod hwn ddim cwestiynau eto.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="68"/>
        <source>Prompt {n} of {total}: {prompt}</source>
        <extracomment>announced to screen readers on opening the room and on moving to another prompt.</extracomment>
        <translation>Cwestiwn {n} o {total}: {prompt}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="72"/>
        <source>Nobody is speaking yet.</source>
        <translation>Does neb yn siarad eto.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="74"/>
        <source>{name} is speaking.</source>
        <extracomment>announced to screen readers when it is someone&apos;s turn; {name} is how they are credited.</extracomment>
        <translation>Mae {name} yn siarad.</translation>
    </message>
</context>
<context>
    <name>RoomDisplay</name>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="68"/>
        <source>Room display</source>
        <translation>Sgrin yr ystafell</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="187"/>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="354"/>
        <source>{name} said:</source>
        <translation>Dywedodd {name}:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="275"/>
        <source>Page {page} of {pages}</source>
        <translation>Tudalen {page} o {pages}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="322"/>
        <source>{name} is speaking</source>
        <translation>Mae {name} yn siarad</translation>
    </message>
</context>
<context>
    <name>RoomScanning</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="52"/>
        <source>People</source>
        <extracomment>a switch-scanning group: the person tiles.</extracomment>
        <translation>Pobl</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="54"/>
        <source>Quick cards</source>
        <extracomment>a switch-scanning group: the row of cards matching their words, or used lately.</extracomment>
        <translation>Cardiau cyflym</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="56"/>
        <source>Cards</source>
        <extracomment>a switch-scanning group: every picture card shown.</extracomment>
        <translation>Cardiau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="58"/>
        <source>Actions</source>
        <extracomment>a switch-scanning group: Save, Read aloud, Next and Previous prompt, Clear.</extracomment>
        <translation>Botymau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="61"/>
        <source>Take a card away</source>
        <translation>Tynnu cerdyn</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="70"/>
        <source>◀ &amp;Previous prompt</source>
        <translation>◀ Pwnc &amp;blaenorol</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="71"/>
        <source>&amp;Next prompt ▶</source>
        <translation>Pwnc &amp;nesaf ▶</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="72"/>
        <source>Previous prompt</source>
        <translation>Pwnc blaenorol</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="73"/>
        <source>Next prompt</source>
        <translation>Pwnc nesaf</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="80"/>
        <source>Who is speaking?</source>
        <translation>Pwy sy&apos;n siarad?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="85"/>
        <source>&amp;Set up</source>
        <translation>&amp;Paratoi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="86"/>
        <source>P&amp;rint summary…</source>
        <translation>A&amp;rgraffu crynodeb…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="87"/>
        <source>&amp;Meetings</source>
        <translation>Cyfar&amp;fodydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="94"/>
        <source>🔊 Rea&amp;d aloud</source>
        <translation>🔊 &amp;Darllen yn uchel</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="95"/>
        <source>Read the prompt aloud</source>
        <translation>Darllen y pwnc yn uchel</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="97"/>
        <source>Speec&amp;h…</source>
        <translation>&amp;Lleferydd…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="98"/>
        <source>Speech settings</source>
        <translation>Gosodiadau lleferydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="372"/>
        <source>Scanning has paused: press the switch to start again.</source>
        <translation>Mae&apos;r sganio wedi oedi: gwasgwch y switsh i ddechrau eto.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="377"/>
        <source>{name} is speaking.</source>
        <translation>Mae {name} yn siarad.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="379"/>
        <source>Choose who is speaking.</source>
        <translation>Dewiswch pwy sy&apos;n siarad.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_draft.py" line="71"/>
        <source>That is the most cards one contribution can have.</source>
        <translation>Dyna&apos;r nifer fwyaf o gardiau y gall un cyfraniad eu cael.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="417"/>
        <source>Saved what {name} said.</source>
        <translation>Wedi cadw beth ddywedodd {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="456"/>
        <source>Reads the prompt aloud. Escape stops reading.</source>
        <translation>Yn darllen y pwnc yn uchel. Mae Escape yn stopio&apos;r darllen.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="108"/>
        <source>Meeting &amp;title:</source>
        <translation>&amp;Teitl y cyfarfod:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="109"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="109"/>
        <source>Year, month and day</source>
        <translation>Blwyddyn, mis a diwrnod</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="110"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lle:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="112"/>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="112"/>
        <source>The language prompts and words are read aloud in</source>
        <translation>Yr iaith y mae&apos;r pynciau a&apos;r geiriau&apos;n cael eu darllen yn uchel ynddi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="114"/>
        <source>&amp;Reading speed:</source>
        <translation>&amp;Cyflymder darllen:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="115"/>
        <source>Reading &amp;volume:</source>
        <translation>Lefel y &amp;sain:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="141"/>
        <source>Meeting set-up</source>
        <translation>Paratoi&apos;r cyfarfod</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="142"/>
        <source>1. Details</source>
        <translation>1. Manylion</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="143"/>
        <source>2. People</source>
        <translation>2. Pobl</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="144"/>
        <source>3. Prompts</source>
        <translation>3. Pynciau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="145"/>
        <source>4. Cards</source>
        <translation>4. Cardiau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="151"/>
        <source>&amp;Back to meetings</source>
        <translation>&amp;Yn ôl i&apos;r cyfarfodydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="152"/>
        <source>Start the &amp;meeting</source>
        <translation>Dechrau&apos;r cyfar&amp;fod</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="242"/>
        <source>New meeting</source>
        <translation>Cyfarfod newydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="249"/>
        <source>&amp;Create meeting</source>
        <translation>C&amp;reu cyfarfod</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="219"/>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="251"/>
        <source>Set up: {title}</source>
        <translation>Paratoi: {title}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="258"/>
        <source>&amp;Save details</source>
        <translation>Cadw&apos;r &amp;manylion</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="286"/>
        <source>Meeting created. Now add the people taking part.</source>
        <translation>Mae&apos;r cyfarfod wedi&apos;i greu. Nawr ychwanegwch y bobl sy&apos;n cymryd rhan.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="291"/>
        <source>Details saved.</source>
        <translation>Manylion wedi&apos;u cadw.</translation>
    </message>
</context>
<context>
    <name>SpeechSettingsDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="20"/>
        <source>Speech</source>
        <translation>Lleferydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="24"/>
        <source>Read each prompt aloud when it comes up</source>
        <translation>Darllen pob pwnc yn uchel pan fydd yn ymddangos</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="27"/>
        <source>Talking cards: say each picture card as it is chosen</source>
        <translation>Cardiau sy&apos;n siarad: dweud pob cerdyn llun wrth iddo gael ei ddewis</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="30"/>
        <source>Read back each contribution after it is saved</source>
        <translation>Darllen pob cyfraniad yn ôl ar ôl ei gadw</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="36"/>
        <source>Speech engine</source>
        <translation>Peiriant lleferydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="38"/>
        <source>Speech &amp;engine:</source>
        <translation>&amp;Peiriant lleferydd:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="41"/>
        <source>A new engine is used from the next time CoProd Desktop starts.</source>
        <translation>Bydd peiriant newydd yn cael ei ddefnyddio y tro nesaf y bydd CoProd Desktop yn dechrau.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="11"/>
        <source>Choose automatically</source>
        <extracomment>A speech engine, chosen from a list. &apos;eSpeak NG&apos;, &apos;pyttsx3&apos; and &apos;Qt&apos; are names: keep them.</extracomment>
        <translation>Dewis yn awtomatig</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="12"/>
        <source>eSpeak NG (through pyttsx3)</source>
        <extracomment>A speech engine, chosen from a list. &apos;eSpeak NG&apos;, &apos;pyttsx3&apos; and &apos;Qt&apos; are names: keep them.</extracomment>
        <translation>eSpeak NG (drwy pyttsx3)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="13"/>
        <source>The system&apos;s speech (Qt)</source>
        <extracomment>A speech engine, chosen from a list. &apos;eSpeak NG&apos;, &apos;pyttsx3&apos; and &apos;Qt&apos; are names: keep them.</extracomment>
        <translation>Lleferydd y system (Qt)</translation>
    </message>
</context>
<context>
    <name>Speed</name>
    <message>
        <location filename="../coprod_desktop/domain/speech.py" line="36"/>
        <source>Much slower</source>
        <extracomment>A reading speed for speech, chosen from a list: Much slower, Slower, Normal, Faster.</extracomment>
        <translation>Llawer arafach</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/speech.py" line="36"/>
        <source>Slower</source>
        <extracomment>A reading speed for speech, chosen from a list: Much slower, Slower, Normal, Faster.</extracomment>
        <translation>Arafach</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/speech.py" line="36"/>
        <source>Normal</source>
        <extracomment>A reading speed for speech, chosen from a list: Much slower, Slower, Normal, Faster.</extracomment>
        <translation>Arferol</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/speech.py" line="36"/>
        <source>Faster</source>
        <extracomment>A reading speed for speech, chosen from a list: Much slower, Slower, Normal, Faster.</extracomment>
        <translation>Cyflymach</translation>
    </message>
</context>
<context>
    <name>SummaryPrinter</name>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="40"/>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="104"/>
        <source>Print summary</source>
        <translation>Argraffu crynodeb</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="41"/>
        <source>Print the summary of this meeting, or save it as a PDF file?</source>
        <translation>Argraffu crynodeb y cyfarfod hwn, neu ei gadw fel ffeil PDF?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="42"/>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="43"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="59"/>
        <source>Save summary as PDF</source>
        <translation>Cadw&apos;r crynodeb fel PDF</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="59"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="64"/>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="72"/>
        <source>Making the summary…</source>
        <translation>Wrthi&apos;n gwneud y crynodeb…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="68"/>
        <source>Summary saved: {path}</source>
        <translation>Crynodeb wedi&apos;i gadw: {path}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="83"/>
        <source>Printing cancelled.</source>
        <translation>Wedi canslo argraffu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="89"/>
        <source>The summary could not be printed: the printer could not be started.</source>
        <translation>Nid oedd modd argraffu&apos;r crynodeb: nid oedd modd cychwyn yr argraffydd.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="90"/>
        <source>The summary could not be printed.</source>
        <translation>Nid oedd modd argraffu&apos;r crynodeb.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="93"/>
        <source>Summary sent to the printer.</source>
        <translation>Crynodeb wedi&apos;i anfon i&apos;r argraffydd.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="97"/>
        <source>The summary could not be made: {reason}</source>
        <translation>Doedd dim modd gwneud y crynodeb: {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="98"/>
        <source>The summary could not be made.</source>
        <translation>Doedd dim modd gwneud y crynodeb.</translation>
    </message>
</context>
<context>
    <name>SwitchAccess</name>
    <message>
        <location filename="../coprod_desktop/ui/widgets/switch_access.py" line="213"/>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/switch_access.py" line="215"/>
        <source>{group}: {first} to {last}</source>
        <translation>{group}: {first} i {last}</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="139"/>
        <source>Contributions</source>
        <translation>Cyfraniadau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="147"/>
        <source>Nothing has been added for this prompt yet.</source>
        <translation>Does dim byd wedi&apos;i ychwanegu ar gyfer y pwnc hwn eto.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="234"/>
        <source>Show earlier contributions ({n} more)</source>
        <translation>Dangos cyfraniadau cynharach ({n} arall)</translation>
    </message>
</context>
</TS>
