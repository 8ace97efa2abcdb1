<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="43"/>
        <source> seconds</source>
        <translation> eiliad</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="53"/>
        <source>Display and access</source>
        <translation>Sgrin a mynediad</translation>
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
        <translation>Llai o symud ar y sgrin</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="78"/>
        <source>No moving highlight while words are read, no animations, no blinking cursor</source>
        <translation>Dim amlygu sy&apos;n symud wrth ddarllen geiriau, dim animeiddio, dim cyrchwr sy&apos;n fflachio</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="81"/>
        <source>Switch access in the room</source>
        <translation>Mynediad switsh yn yr ystafell</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="84"/>
        <source>One switch: the highlight moves by itself</source>
        <translation>Un switsh: mae&apos;r amlygu&apos;n symud ar ei ben ei hun</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="85"/>
        <source>Two switches: one moves, one chooses</source>
        <translation>Dau switsh: un yn symud, un yn dewis</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="89"/>
        <source>Say each item as it is highlighted</source>
        <translation>Dweud pob eitem wrth iddi gael ei hamlygu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="98"/>
        <source>&amp;Language of the app:</source>
        <translation>&amp;Iaith yr ap:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="99"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Lliwiau:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="99"/>
        <source>High contrast themes have the strongest contrast</source>
        <translation>Y themâu cyferbyniad uchel sydd â&apos;r cyferbyniad cryfaf</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="100"/>
        <source>&amp;Text size:</source>
        <translation>Maint y &amp;testun:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="101"/>
        <source>&amp;Font:</source>
        <translation>&amp;Ffont:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="103"/>
        <source>Seeing</source>
        <translation>Gweld</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="110"/>
        <source>&amp;Which screen:</source>
        <translation>&amp;Pa sgrin:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="112"/>
        <source>With one screen the display covers the console; Escape brings the console back</source>
        <translation>Gydag un sgrin, mae sgrin yr ystafell yn cuddio&apos;r consol; mae Escape yn dod â&apos;r consol yn ôl</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="114"/>
        <source>Text si&amp;ze:</source>
        <translation>&amp;Maint y testun:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="115"/>
        <source>C&amp;olours:</source>
        <translation>Lliwi&amp;au:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="117"/>
        <source>Room display: which screen</source>
        <translation>Sgrin yr ystafell: pa sgrin</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="118"/>
        <source>Room display: text size</source>
        <translation>Sgrin yr ystafell: maint y testun</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="119"/>
        <source>Room display: colours</source>
        <translation>Sgrin yr ystafell: lliwiau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="120"/>
        <source>Room display</source>
        <translation>Sgrin yr ystafell</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="125"/>
        <source>&amp;Switches:</source>
        <translation>&amp;Switshis:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="127"/>
        <source>Time on each &amp;item:</source>
        <translation>Amser ar bob &amp;eitem:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="127"/>
        <source>How long the highlight stays, 0.5 to 10 seconds</source>
        <translation>Am faint mae&apos;r amlygu&apos;n aros, 0.5 i 10 eiliad</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="131"/>
        <source>E&amp;xtra time on the first item:</source>
        <translation>Amser &amp;ychwanegol ar yr eitem gyntaf:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="133"/>
        <source>Time to get ready after a choice</source>
        <translation>Amser i baratoi ar ôl dewis</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="137"/>
        <source>&amp;Hold the switch for:</source>
        <translation>&amp;Dal y switsh am:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="139"/>
        <source>A press counts only when held this long; 0 counts every press</source>
        <translation>Mae gwasgiad yn cyfrif dim ond os caiff ei ddal mor hir â hyn; mae 0 yn cyfrif pob gwasgiad</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="142"/>
        <source>Switch access</source>
        <translation>Mynediad switsh</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="182"/>
        <source>Choose for me</source>
        <translation>Dewis i mi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="189"/>
        <source>{name} (not connected now)</source>
        <extracomment>A screen chosen before (its name from the system) that is not plugged in now.</extracomment>
        <translation>{name} (heb ei chysylltu nawr)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="232"/>
        <source>Screen {number}: {width} × {height}</source>
        <extracomment>A screen in the list of screens the room display can be shown on, when it has no name.</extracomment>
        <translation>Sgrin {number}: {width} × {height}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="236"/>
        <source>Screen {number}: {name} {width} × {height}</source>
        <extracomment>A screen in the list of screens the room display can be shown on: its number, name and size.</extracomment>
        <translation>Sgrin {number}: {name} {width} × {height}</translation>
    </message>
</context>
<context>
    <name>AfterMeetingPanel</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="75"/>
        <source>After the meeting: for the take-home sheets</source>
        <translation>Ar ôl y cyfarfod: ar gyfer y taflenni i fynd adref</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="78"/>
        <source>Printed on everyone&apos;s sheet. Leave out what you do not need.</source>
        <translation>Wedi&apos;i argraffu ar daflen pawb. Gadewch allan beth nad oes ei angen.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="90"/>
        <source>P&amp;urpose of the meeting:</source>
        <translation>Pwrpas y c&amp;yfarfod:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="90"/>
        <source>Why we met, in one short line</source>
        <translation>Pam wnaethon ni gwrdd, mewn un llinell fer</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="93"/>
        <source>&amp;What the group decided, one on each line:</source>
        <translation>&amp;Beth benderfynodd y grŵp, un ar bob llinell:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="95"/>
        <source>Each decision on a line of its own</source>
        <translation>Pob penderfyniad ar linell ei hun</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="99"/>
        <source>What happens &amp;next, one on each line:</source>
        <translation>Beth sy&apos;n digwydd &amp;nesaf, un ar bob llinell:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="101"/>
        <source>Each next step on a line of its own, for example who does what</source>
        <translation>Pob cam nesaf ar linell ei hun, er enghraifft pwy sy&apos;n gwneud beth</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="103"/>
        <source>Ne&amp;xt meeting:</source>
        <translation>Y cyfarfod ne&amp;saf:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="103"/>
        <source>When and where we meet next</source>
        <translation>Pryd a ble rydyn ni&apos;n cwrdd nesaf</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="104"/>
        <source>Who to c&amp;ontact:</source>
        <translation>Pwy i gysylltu â &amp;nhw:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="104"/>
        <source>A name and how to reach them</source>
        <translation>Enw a sut i gysylltu â nhw</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="106"/>
        <source>Starts &amp;at (like 14:00):</source>
        <extracomment>14:00 shows how a time must be typed (24-hour clock): keep it as it is.</extracomment>
        <translation>Dechrau &amp;am (fel 14:00):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="108"/>
        <source>&amp;Ends at (like 15:30):</source>
        <extracomment>15:30 shows how a time must be typed (24-hour clock): keep it as it is.</extracomment>
        <translation>Gorffen a&amp;m (fel 15:30):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="111"/>
        <source>Printed as the author of every document. Kept on this laptop for every meeting, not just this one.</source>
        <translation>Wedi&apos;i argraffu fel awdur pob dogfen. Wedi&apos;i gadw ar y gliniadur hwn ar gyfer pob cyfarfod, nid hwn yn unig.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="113"/>
        <source>Your or&amp;ganisation, for every meeting:</source>
        <translation>Eich s&amp;efydliad, ar gyfer pob cyfarfod:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="119"/>
        <source>Save for the take-&amp;home sheets</source>
        <translation>Cadw ar gyfer y taflenni i fynd a&amp;dref</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="227"/>
        <source>Saved for the take-home sheets.</source>
        <translation>Wedi&apos;i gadw ar gyfer y taflenni i fynd adref.</translation>
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
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="37"/>
        <source>Save their words as audio</source>
        <translation>Cadw eu geiriau fel sain</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="37"/>
        <source>Sound files (*.wav)</source>
        <translation>Ffeiliau sain (*.wav)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="42"/>
        <source>Making the sound file…</source>
        <translation>Wrthi&apos;n gwneud y ffeil sain…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="50"/>
        <source>Sound file saved: {path}</source>
        <translation>Ffeil sain wedi&apos;i chadw: {path}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="55"/>
        <source>Save as audio</source>
        <translation>Cadw fel sain</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="54"/>
        <source>The sound file could not be made: {reason}</source>
        <translation>Doedd dim modd gwneud y ffeil sain: {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="56"/>
        <source>The sound file could not be made.</source>
        <translation>Doedd dim modd gwneud y ffeil sain.</translation>
    </message>
</context>
<context>
    <name>BackupKeeper</name>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="76"/>
        <source>Backed up automatically at {when}. Meetings: {meetings}. Contributions: {contributions}.</source>
        <extracomment>Status line after an automatic backup. {when}: a date and time; {meetings}, {contributions}: numbers.</extracomment>
        <translation>Copi wrth gefn awtomatig am {when}. Cyfarfodydd: {meetings}. Cyfraniadau: {contributions}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="84"/>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="105"/>
        <source>Backing up…</source>
        <translation>Yn gwneud copi wrth gefn…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="96"/>
        <source>Back up to</source>
        <translation>Copi wrth gefn i</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="96"/>
        <source>Meeting backups (*.db)</source>
        <translation>Copïau wrth gefn o gyfarfodydd (*.db)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="114"/>
        <source>Backed up to {path} at {when}. Meetings: {meetings}. Contributions: {contributions}.</source>
        <extracomment>{path}: where the backup was saved; {when}: a date and time; {meetings}, {contributions}: numbers.</extracomment>
        <translation>Copi wrth gefn yn {path} am {when}. Cyfarfodydd: {meetings}. Cyfraniadau: {contributions}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="118"/>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="136"/>
        <source>Backup</source>
        <translation>Copi wrth gefn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="133"/>
        <source>The backup was not made: {reason}</source>
        <extracomment>Status line when a backup fails; {reason} says why. The meeting goes on.</extracomment>
        <translation>Ni wnaed y copi wrth gefn: {reason}</translation>
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
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="72"/>
        <source>✓ {card}</source>
        <extracomment>a card in the picker that is already in the contribution being made.</extracomment>
        <translation>✓ {card}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="75"/>
        <source>{card}, chosen</source>
        <extracomment>what a screen reader says for a card already in the contribution being made.</extracomment>
        <translation>{card}, wedi&apos;i ddewis</translation>
    </message>
</context>
<context>
    <name>CardsEditor</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="67"/>
        <source>Groups of cards shown in the room</source>
        <translation>Grwpiau o gardiau a ddangosir yn yr ystafell</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="68"/>
        <source>Space ticks or clears a group.</source>
        <translation>Mae&apos;r bylchwr yn ticio neu&apos;n clirio grŵp.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="85"/>
        <source>Cards in this group: ticked ones show in the room</source>
        <translation>Cardiau yn y grŵp hwn: mae&apos;r rhai â thic yn dangos yn yr ystafell</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="88"/>
        <source>&amp;Bring in photos, pictures or a board…</source>
        <translation>&amp;Dod â ffotograffau, lluniau neu fwrdd i mewn…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="90"/>
        <source>Photos and pictures (JPEG, PNG …) or AAC boards (.obf, .obz). You can also drop files here.</source>
        <translation>Ffotograffau a lluniau (JPEG, PNG …) neu fyrddau AAC (.obf, .obz). Gallwch hefyd ollwng ffeiliau yma.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="92"/>
        <source>&amp;Save these cards as a board (.obz)…</source>
        <translation>&amp;Cadw&apos;r cardiau hyn fel bwrdd (.obz)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="93"/>
        <source>&amp;Remove a card that was brought in</source>
        <translation>&amp;Tynnu cerdyn a ddaeth i mewn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="109"/>
        <source>Groups shown in the room:</source>
        <translation>Grwpiau a ddangosir yn yr ystafell:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="112"/>
        <source>Cards in the group (untick to hide one):</source>
        <translation>Cardiau yn y grŵp (tynnwch y tic i guddio un):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="245"/>
        <source>The room will show the ticked cards.</source>
        <translation>Bydd yr ystafell yn dangos y cardiau â thic.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="250"/>
        <source>Choose a card that was brought in first.</source>
        <translation>Yn gyntaf, dewiswch gerdyn a ddaeth i mewn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="258"/>
        <source>Card removed.</source>
        <translation>Cerdyn wedi&apos;i dynnu.</translation>
    </message>
</context>
<context>
    <name>ChosenCards</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="316"/>
        <source>Remove {card}</source>
        <translation>Tynnu {card}</translation>
    </message>
</context>
<context>
    <name>CleanUpDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="108"/>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="200"/>
        <source>Clean up old meetings</source>
        <translation>Tacluso hen gyfarfodydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="110"/>
        <source>These meetings are older than you keep them. Untick any you want to keep.</source>
        <translation>Mae&apos;r cyfarfodydd hyn yn hŷn na&apos;r amser rydych chi&apos;n eu cadw. Tynnwch y tic oddi ar unrhyw rai rydych chi eisiau eu cadw.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="111"/>
        <source>&amp;Meetings to delete:</source>
        <translation>&amp;Cyfarfodydd i&apos;w dileu:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="113"/>
        <source>Meetings to delete</source>
        <translation>Cyfarfodydd i&apos;w dileu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="114"/>
        <source>Press Space to tick or untick a meeting.</source>
        <translation>Pwyswch y bylchwr i dicio cyfarfod neu i dynnu&apos;r tic.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="132"/>
        <source>A backup is made first. Backups keep these meetings until the backups expire. People are kept: erase them in People on this laptop.</source>
        <translation>Mae copi wrth gefn yn cael ei wneud yn gyntaf. Mae copïau wrth gefn yn cadw&apos;r cyfarfodydd hyn nes bod y copïau&apos;n dod i ben. Mae&apos;r bobl yn cael eu cadw: dilëwch nhw yn Pobl ar y gliniadur hwn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="145"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Dileu…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="146"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="148"/>
        <source>Delete the ticked meetings, after a backup. You are asked first.</source>
        <translation>Dileu&apos;r cyfarfodydd â thic, ar ôl gwneud copi wrth gefn. Byddwch chi&apos;n cael eich holi yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="163"/>
        <source>No meetings are older than you keep them.</source>
        <translation>Does dim cyfarfodydd yn hŷn na&apos;r amser rydych chi&apos;n eu cadw.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="173"/>
        <source>{title} — {date} — Contributions: {count}</source>
        <extracomment>One meeting to clean up. {title}: its title; {date}: its date in words; {count}: a number.</extracomment>
        <translation>{title} — {date} — Cyfraniadau: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="190"/>
        <source>Delete the meetings ticked?</source>
        <translation>Dileu&apos;r cyfarfodydd â thic?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="192"/>
        <source>Meetings: {meetings}. Contributions: {contributions}.</source>
        <extracomment>Before deleting. {meetings}, {contributions}: numbers.</extracomment>
        <translation>Cyfarfodydd: {meetings}. Cyfraniadau: {contributions}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="195"/>
        <source>A backup is made first. If it cannot be made, nothing is deleted.</source>
        <translation>Mae copi wrth gefn yn cael ei wneud yn gyntaf. Os nad oes modd ei wneud, does dim yn cael ei ddileu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="201"/>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="202"/>
        <source>&amp;Keep them</source>
        <translation>&amp;Eu cadw</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="213"/>
        <source>Making a backup first…</source>
        <translation>Wrthi&apos;n gwneud copi wrth gefn yn gyntaf…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="223"/>
        <source>The backup was not made, so nothing was deleted. {reason}</source>
        <extracomment>The backup before a clean-up failed. {reason}: why.</extracomment>
        <translation>Chafodd y copi wrth gefn ddim ei wneud, felly ni ddilëwyd dim. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="244"/>
        <source>The backup was made.</source>
        <translation>Mae&apos;r copi wrth gefn wedi&apos;i wneud.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="250"/>
        <source>Meetings deleted: {count}</source>
        <translation>Cyfarfodydd wedi&apos;u dileu: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="254"/>
        <source>People left with no meeting: {count}. To erase them, use People on this laptop.</source>
        <extracomment>After a clean-up. {count}: people who now take part in no meeting (they are kept).</extracomment>
        <translation>Pobl heb gyfarfod bellach: {count}. I&apos;w dileu, defnyddiwch Pobl ar y gliniadur hwn.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="37"/>
        <source>Normal cards</source>
        <translation>Cardiau arferol</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="38"/>
        <source>Large cards</source>
        <translation>Cardiau mawr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="39"/>
        <source>Very large cards</source>
        <translation>Cardiau mawr iawn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="40"/>
        <source>Huge cards</source>
        <translation>Cardiau enfawr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="182"/>
        <source>Find a card…</source>
        <translation>Chwilio am gerdyn…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="183"/>
        <source>Find a card</source>
        <translation>Chwilio am gerdyn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="185"/>
        <source>Type a word; the cards that match show below. Ctrl+F comes back here from anywhere in the room.</source>
        <translation>Teipiwch air; mae&apos;r cardiau sy&apos;n cyfateb yn dangos isod. Mae Ctrl+F yn dod yn ôl yma o unrhyw le yn yr ystafell.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="191"/>
        <source>Which picture cards to show</source>
        <translation>Pa gardiau lluniau i&apos;w dangos</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="196"/>
        <source>Card size</source>
        <translation>Maint y cardiau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="197"/>
        <source>Ctrl+Plus and Ctrl+Minus also change it</source>
        <translation>Mae Ctrl+Plus a Ctrl+Minus hefyd yn ei newid</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="198"/>
        <source>Picture cards: press Enter or Space to add one</source>
        <translation>Cardiau lluniau: pwyswch Enter neu&apos;r bylchwr i ychwanegu un</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="203"/>
        <source>Quick cards</source>
        <translation>Cardiau cyflym</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="206"/>
        <source>Cards chosen: press Delete to take one away</source>
        <translation>Cardiau a ddewiswyd: pwyswch Delete i dynnu un</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="207"/>
        <source>Chosen (click one to take it away):</source>
        <translation>Wedi&apos;u dewis (cliciwch un i&apos;w dynnu):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="212"/>
        <source>Their words</source>
        <translation>Eu geiriau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="214"/>
        <source>Type what they said, word for word. Ctrl+Enter saves. Ctrl+1 to Ctrl+6 add a matching card.</source>
        <translation>Teipiwch beth ddywedon nhw, air am air. Mae Ctrl+Enter yn cadw. Mae Ctrl+1 i Ctrl+6 yn ychwanegu cerdyn sy&apos;n cyfateb.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="216"/>
        <source>Type what they said, word for word</source>
        <translation>Teipiwch beth ddywedon nhw, air am air</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="218"/>
        <source>Their &amp;words:</source>
        <translation>Eu &amp;geiriau:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="222"/>
        <location filename="../coprod_desktop/ui/room/composer.py" line="223"/>
        <source>Save contribution</source>
        <translation>Cadw&apos;r cyfraniad</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="224"/>
        <source>Shortcut: Ctrl+Enter</source>
        <translation>Llwybr byr: Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="226"/>
        <source>Clear</source>
        <translation>Clirio</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="227"/>
        <source>Clear the cards and words</source>
        <translation>Clirio&apos;r cardiau a&apos;r geiriau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="240"/>
        <source>&amp;Cards:</source>
        <translation>&amp;Cardiau:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="244"/>
        <source>&amp;Group:</source>
        <extracomment>the label of the drop-down list of card groups (All cards, Feelings, Food...).</extracomment>
        <translation>&amp;Grŵp:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="246"/>
        <source>Si&amp;ze:</source>
        <translation>&amp;Maint:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="342"/>
        <source>All cards</source>
        <translation>Pob cerdyn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="360"/>
        <source>For their words:</source>
        <translation>Ar gyfer eu geiriau:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="360"/>
        <source>Used lately:</source>
        <translation>Wedi&apos;u defnyddio&apos;n ddiweddar:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="362"/>
        <source>Add {card}</source>
        <translation>Ychwanegu {card}</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="73"/>
        <source>Consent: {name}</source>
        <extracomment>The window title; {name} is the person&apos;s full name.</extracomment>
        <translation>Caniatâd: {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="81"/>
        <source>What they agree to now, and every answer they gave. Change any answer, then press Record.</source>
        <translation>Beth maen nhw&apos;n cytuno iddo nawr, a phob ateb a roddon nhw. Newidiwch unrhyw ateb, yna pwyswch Cofnodi.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="89"/>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="450"/>
        <source>Full name</source>
        <translation>Enw llawn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="90"/>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="451"/>
        <source>First name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="91"/>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="452"/>
        <source>Initials</source>
        <translation>Llythrennau cyntaf</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="92"/>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="453"/>
        <source>A name they choose</source>
        <translation>Enw o&apos;u dewis</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="93"/>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="454"/>
        <source>Not named (anonymous)</source>
        <translation>Dim enw (dienw)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="96"/>
        <source>Not asked yet</source>
        <translation>Heb ofyn eto</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="100"/>
        <source>How they are named</source>
        <translation>Sut maen nhw&apos;n cael eu henwi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="103"/>
        <source>&amp;Name them as:</source>
        <translation>&amp;Dangos eu henw fel:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="104"/>
        <source>How their name appears beside what they say, on screen and on paper</source>
        <translation>Sut mae eu henw&apos;n ymddangos wrth ymyl beth maen nhw&apos;n ei ddweud, ar y sgrin ac ar bapur</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="108"/>
        <source>C&amp;hosen name:</source>
        <translation>Enw &amp;o&apos;u dewis:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="108"/>
        <source>The name they want to be credited as</source>
        <translation>Yr enw maen nhw eisiau i&apos;w ddangos</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="115"/>
        <source>&amp;Take-home documents</source>
        <translation>Dogfennau i fynd &amp;adref</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="116"/>
        <source>Their &amp;words outside the room</source>
        <translation>Eu &amp;geiriau y tu allan i&apos;r ystafell</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="117"/>
        <source>Ph&amp;oto</source>
        <translation>&amp;Llun</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="118"/>
        <source>&amp;Sharing their communication profile</source>
        <translation>&amp;Rhannu eu proffil cyfathrebu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="122"/>
        <source>Yes: make take-home sheets and a record of involvement for them.</source>
        <translation>Ie: gwneud taflenni i fynd adref a chofnod o gymryd rhan iddyn nhw.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="123"/>
        <source>No: make no take-home documents for them.</source>
        <translation>Na: dim dogfennau i fynd adref iddyn nhw.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="126"/>
        <source>Yes: their words can go in the summary and in saved files.</source>
        <translation>Ie: gall eu geiriau fynd yn y crynodeb ac mewn ffeiliau wedi&apos;u cadw.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="127"/>
        <source>No: their words stay in the room.</source>
        <translation>Na: mae eu geiriau&apos;n aros yn yr ystafell.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="130"/>
        <source>Yes: a photo of them can be kept and shown.</source>
        <translation>Ie: mae modd cadw a dangos llun ohonyn nhw.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="131"/>
        <source>No photo of them. Any photo is deleted.</source>
        <translation>Dim llun ohonyn nhw. Mae unrhyw lun yn cael ei ddileu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="134"/>
        <source>Yes: their communication profile can go in files for another laptop.</source>
        <translation>Ie: gall eu proffil cyfathrebu fynd mewn ffeiliau ar gyfer gliniadur arall.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="135"/>
        <source>No: their profile stays on this laptop.</source>
        <translation>Na: mae eu proffil yn aros ar y gliniadur hwn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="164"/>
        <source>In person</source>
        <translation>Wyneb yn wyneb</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="165"/>
        <source>With an Easy Read form</source>
        <translation>Gyda ffurflen Hawdd ei Ddeall</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="166"/>
        <source>Through a supporter</source>
        <translation>Drwy gefnogwr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="167"/>
        <source>By phone or email</source>
        <translation>Ar y ffôn neu drwy e-bost</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="168"/>
        <source>Not noted</source>
        <translation>Heb ei nodi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="175"/>
        <source>How was this &amp;asked?</source>
        <translation>&amp;Sut cafodd hyn ei ofyn?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="175"/>
        <source>Kept with each answer recorded</source>
        <translation>Yn cael ei gadw gyda phob ateb a gofnodir</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="177"/>
        <source>What were they to&amp;ld?</source>
        <translation>&amp;Beth ddywedwyd wrthyn nhw?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="178"/>
        <source>What they were told it is for, in your own words. Kept with each answer recorded.</source>
        <translation>Beth ddywedwyd wrthyn nhw am ei bwrpas, yn eich geiriau eich hun. Yn cael ei gadw gyda phob ateb a gofnodir.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="182"/>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="193"/>
        <source>Every answer they gave, newest first</source>
        <translation>Pob ateb a roddon nhw, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="195"/>
        <source>&amp;Record</source>
        <translation>&amp;Cofnodi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="196"/>
        <source>Record</source>
        <translation>Cofnodi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="197"/>
        <source>Record every answer you changed</source>
        <translation>Cofnodi pob ateb a newidioch chi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="198"/>
        <source>&amp;Close</source>
        <translation>Ca&amp;u</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="199"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="251"/>
        <source>This person is no longer on this laptop.</source>
        <translation>Dydy&apos;r person hwn ddim ar y gliniadur hwn bellach.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="264"/>
        <source>Nothing recorded yet.</source>
        <translation>Does dim wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="297"/>
        <source>No answer has changed. Change an answer first, then press Record.</source>
        <translation>Does dim ateb wedi newid. Newidiwch ateb yn gyntaf, yna pwyswch Cofnodi.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="300"/>
        <source>Taking back consent deletes their photo now. Go on?</source>
        <translation>Mae tynnu&apos;r caniatâd yn ôl yn dileu eu llun nawr. Mynd ymlaen?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="503"/>
        <source>Photo consent</source>
        <extracomment>{choice} is how they are named, e.g. &quot;First name&quot;. In the consent history; {choice} is how they chose to be named, e.g. &quot;Initials&quot;. In the consent history: {date}, what they said, and how they were asked. In the consent history: {date} and what they said. In the consent history, after the answer: what the person was told when asked. The title of the question asked before photo consent is taken back.</extracomment>
        <translation>Caniatâd llun</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="425"/>
        <source>Now: not asked yet. Each meeting&apos;s choice is used.</source>
        <translation>Nawr: heb ofyn eto. Mae dewis pob cyfarfod yn cael ei ddefnyddio.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="427"/>
        <source>Now: not named. They are shown as Anonymous everywhere.</source>
        <translation>Nawr: dim enw. Maen nhw&apos;n cael eu dangos fel Dienw ym mhobman.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="429"/>
        <source>Now: {choice}</source>
        <extracomment>{choice} is how they are named, e.g. &quot;First name&quot;.</extracomment>
        <translation>Nawr: {choice}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="435"/>
        <source>Now: yes, take-home documents are made for them.</source>
        <translation>Nawr: ie, mae dogfennau i fynd adref yn cael eu gwneud iddyn nhw.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="436"/>
        <source>Now: no take-home documents are made for them.</source>
        <translation>Nawr: does dim dogfennau i fynd adref yn cael eu gwneud iddyn nhw.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="437"/>
        <source>Now: yes, their words can go in summaries and saved files.</source>
        <translation>Nawr: ie, gall eu geiriau fynd mewn crynodebau a ffeiliau wedi&apos;u cadw.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="438"/>
        <source>Now: their words stay in the room.</source>
        <translation>Nawr: mae eu geiriau&apos;n aros yn yr ystafell.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="439"/>
        <source>Now: yes, a photo of them can be used.</source>
        <translation>Nawr: ie, mae modd defnyddio llun ohonyn nhw.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="440"/>
        <source>Now: no photo of them is kept.</source>
        <translation>Nawr: does dim llun ohonyn nhw&apos;n cael ei gadw.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="441"/>
        <source>Now: yes, their profile can go in files for another laptop.</source>
        <translation>Nawr: ie, gall eu proffil fynd mewn ffeiliau ar gyfer gliniadur arall.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="442"/>
        <source>Now: their profile stays on this laptop.</source>
        <translation>Nawr: mae eu proffil yn aros ar y gliniadur hwn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="457"/>
        <source>said yes to take-home sheets</source>
        <translation>wedi dweud ie i daflenni i fynd adref</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="458"/>
        <source>said no to take-home sheets</source>
        <translation>wedi dweud na i daflenni i fynd adref</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="459"/>
        <source>said yes to their words being used outside the room</source>
        <translation>wedi dweud ie i ddefnyddio eu geiriau y tu allan i&apos;r ystafell</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="460"/>
        <source>said no to their words being used outside the room</source>
        <translation>wedi dweud na i ddefnyddio eu geiriau y tu allan i&apos;r ystafell</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="461"/>
        <source>said yes to a photo</source>
        <translation>wedi dweud ie i lun</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="462"/>
        <source>said no to a photo</source>
        <translation>wedi dweud na i lun</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="463"/>
        <source>said yes to sharing their profile</source>
        <translation>wedi dweud ie i rannu eu proffil</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="464"/>
        <source>said no to sharing their profile</source>
        <translation>wedi dweud na i rannu eu proffil</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="468"/>
        <source>chose to be named by: {choice}</source>
        <extracomment>In the consent history; {choice} is how they chose to be named, e.g. &quot;Initials&quot;.</extracomment>
        <translation>wedi dewis cael eu henwi fel hyn: {choice}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="472"/>
        <source>in person</source>
        <translation>wyneb yn wyneb</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="473"/>
        <source>with an Easy Read form</source>
        <translation>gyda ffurflen Hawdd ei Ddeall</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="474"/>
        <source>through a supporter</source>
        <translation>drwy gefnogwr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="475"/>
        <source>by phone or email</source>
        <translation>ar y ffôn neu drwy e-bost</translation>
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
        <translation>Beth ddywedwyd: {told}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="487"/>
        <source>Note: {note}</source>
        <translation>Nodyn: {note}</translation>
    </message>
</context>
<context>
    <name>ContributionCard</name>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="66"/>
        <source>Press Enter to correct it.</source>
        <translation>Pwyswch Enter i&apos;w gywiro.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="73"/>
        <source>{name} said:</source>
        <extracomment>the credit above a contribution on the wall; {name} is the person as they chose to be credited.</extracomment>
        <translation>Dywedodd {name}:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="109"/>
        <source>Cards: {cards}</source>
        <translation>Cardiau: {cards}</translation>
    </message>
</context>
<context>
    <name>ContributionDetails</name>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="21"/>
        <source>supporter</source>
        <translation>cefnogwr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="22"/>
        <source>advocate</source>
        <translation>eiriolwr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="23"/>
        <source>interpreter</source>
        <translation>cyfieithydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="41"/>
        <source>{names} and {last}</source>
        <extracomment>joins the last two of several names: &quot;Priya, Sam and Dot&quot;.</extracomment>
        <translation>{names} a {last}</translation>
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
        <translation>Gyda chymorth {supporter} ({role}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="59"/>
        <source>With support from their {role}.</source>
        <extracomment>under a contribution made with the help of someone not named.</extracomment>
        <translation>Gyda chymorth eu {role}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="62"/>
        <source>✓ Confirmed: they said this is right.</source>
        <extracomment>under a contribution the person heard read back and said was right.</extracomment>
        <translation>✓ Wedi&apos;i gadarnhau: maen nhw wedi dweud bod hyn yn iawn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="66"/>
        <source>{name} agrees.</source>
        <extracomment>under a contribution; {name} added their marker to say they agree.</extracomment>
        <translation>Mae {name} yn cytuno.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="69"/>
        <source>{names} agree.</source>
        <extracomment>under a contribution; {names} is a list of people who agree with it.</extracomment>
        <translation>Mae {names} yn cytuno.</translation>
    </message>
</context>
<context>
    <name>CorrectingPanel</name>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="61"/>
        <source>Their words, corrected</source>
        <translation>Eu geiriau, wedi&apos;u cywiro</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="63"/>
        <source>W&amp;ords:</source>
        <translation>Ge&amp;iriau:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="66"/>
        <source>Its cards: press Delete to take one away</source>
        <translation>Ei gardiau: pwyswch Delete i dynnu un</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="69"/>
        <source>Cards: choose one in the picker below to add it; click one here to take it away.</source>
        <translation>Cardiau: dewiswch un isod i&apos;w ychwanegu; cliciwch un yma i&apos;w dynnu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="74"/>
        <source>Nobody</source>
        <translation>Neb</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="77"/>
        <source>Supported by</source>
        <translation>Cymorth gan</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="78"/>
        <source>Supported b&amp;y:</source>
        <translation>C&amp;ymorth gan:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="81"/>
        <source>Their supporter&apos;s name</source>
        <translation>Enw eu cefnogwr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="82"/>
        <source>Name (optional)</source>
        <translation>Enw (dewisol)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="84"/>
        <source>Save changes</source>
        <translation>Cadw&apos;r newidiadau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="85"/>
        <source>Saves the words, cards and support as shown</source>
        <translation>Yn cadw&apos;r geiriau, y cardiau a&apos;r cymorth fel maen nhw yma</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="90"/>
        <source>Credit to</source>
        <translation>Pwy ddywedodd hyn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="91"/>
        <source>Cr&amp;edit to:</source>
        <translation>Pwy ddywed&amp;odd hyn:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="95"/>
        <source>Move to the prompt</source>
        <translation>Symud i&apos;r pwnc</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="97"/>
        <source>Mo&amp;ve to the prompt:</source>
        <translation>Sym&amp;ud i&apos;r pwnc:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="104"/>
        <source>Withdraw…</source>
        <translation>Tynnu&apos;n ôl…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="105"/>
        <source>Withdraw this contribution</source>
        <translation>Tynnu&apos;r cyfraniad hwn yn ôl</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="106"/>
        <source>The person&apos;s choice: its words are erased</source>
        <translation>Dewis y person: mae&apos;r geiriau&apos;n cael eu dileu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="108"/>
        <source>Done correcting</source>
        <translation>Wedi gorffen cywiro</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <location filename="../coprod_desktop/ui/display/display_window.py" line="36"/>
        <location filename="../coprod_desktop/ui/display/display_window.py" line="37"/>
        <source>Room display</source>
        <extracomment>Title of the window the room display is shown in (window lists, screen readers).</extracomment>
        <translation>Sgrin yr ystafell</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="324"/>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="325"/>
        <source>Erase or anonymise {name}</source>
        <extracomment>Window title; {name} is the person&apos;s name.</extracomment>
        <translation>Dileu neu wneud {name} yn ddienw</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="327"/>
        <source>&amp;Anonymise</source>
        <extracomment>A choice: keep what the person said, without their name. Explained in the line below it.</extracomment>
        <translation>Gwneud yn &amp;ddienw</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="330"/>
        <source>Keep what they said, without their name. Their words stay, shown as said by a former participant. Their name, photo, profile, consent history and expenses are deleted.</source>
        <translation>Cadw beth ddywedon nhw, heb eu henw. Mae eu geiriau&apos;n aros, wedi&apos;u dangos fel geiriau cyn-gyfranogwr. Mae eu henw, eu llun, eu proffil, hanes eu caniatâd a&apos;u treuliau&apos;n cael eu dileu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="335"/>
        <source>&amp;Erase everything</source>
        <extracomment>A choice: delete the person and everything they said. Explained in the line below it.</extracomment>
        <translation>Dileu &amp;popeth</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="338"/>
        <source>Delete them and everything they said. They are taken off every meeting. Their words, agreements and expenses are deleted too.</source>
        <translation>Dileu&apos;r person a phopeth a ddywedon nhw. Maen nhw&apos;n cael eu tynnu o bob cyfarfod. Mae eu geiriau, eu cytuno a&apos;u treuliau&apos;n cael eu dileu hefyd.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="352"/>
        <source>&amp;Go ahead</source>
        <translation>&amp;Mynd ymlaen</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="353"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Canslo</translation>
    </message>
</context>
<context>
    <name>HeardList</name>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="363"/>
        <source>Who has not been heard?</source>
        <translation>Pwy sydd heb gael eu clywed?</translation>
    </message>
</context>
<context>
    <name>ImportConflictsDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="38"/>
        <source>Differences in “{title}”</source>
        <translation>Gwahaniaethau yn “{title}”</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="42"/>
        <source>This file and this laptop differ. For each difference, keep this laptop&apos;s version or take the file&apos;s. Everything new in the file is added either way. Differences: {count}.</source>
        <translation>Mae&apos;r ffeil hon a&apos;r gliniadur hwn yn wahanol. Ar gyfer pob gwahaniaeth, cadwch fersiwn y gliniadur hwn neu cymerwch fersiwn y ffeil. Mae popeth newydd yn y ffeil yn cael ei ychwanegu beth bynnag. Gwahaniaethau: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="51"/>
        <source>&amp;Keep all mine</source>
        <translation>&amp;Cadw fy rhai i i gyd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="52"/>
        <source>Keep this laptop&apos;s version of every difference</source>
        <translation>Cadw fersiwn y gliniadur hwn ar gyfer pob gwahaniaeth</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="53"/>
        <source>Take all t&amp;heirs</source>
        <translation>C&amp;ymryd rhai&apos;r ffeil i gyd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="54"/>
        <source>Take the file&apos;s version of every difference</source>
        <translation>Cymryd fersiwn y ffeil ar gyfer pob gwahaniaeth</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="69"/>
        <source>Differences</source>
        <translation>Gwahaniaethau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="73"/>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="74"/>
        <source>Import with these choices</source>
        <translation>Mewnforio gyda&apos;r dewisiadau hyn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="77"/>
        <source>Cancel: import nothing</source>
        <translation>Canslo: mewnforio dim byd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="87"/>
        <source>The meeting&apos;s details</source>
        <translation>Manylion y cyfarfod</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="88"/>
        <source>A prompt</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="89"/>
        <source>A contribution</source>
        <translation>Cyfraniad</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="90"/>
        <source>How a person is credited</source>
        <translation>Sut mae enw person yn cael ei ddangos</translation>
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
        <translation>Ar y gliniadur hwn: {mine}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="101"/>
        <source>In the file: {theirs}</source>
        <extracomment>What the file being imported has, quoted from the meeting.</extracomment>
        <translation>Yn y ffeil: {theirs}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="102"/>
        <source>Keep mine</source>
        <translation>Cadw fy un i</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="103"/>
        <source>Take theirs</source>
        <translation>Cymryd un y ffeil</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="105"/>
        <source>Difference {number}: keep this laptop&apos;s version</source>
        <extracomment>Said by a screen reader for the choice. {number}: the difference&apos;s place in the list.</extracomment>
        <translation>Gwahaniaeth {number}: cadw fersiwn y gliniadur hwn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="106"/>
        <source>Difference {number}: take the file&apos;s version</source>
        <translation>Gwahaniaeth {number}: cymryd fersiwn y ffeil</translation>
    </message>
</context>
<context>
    <name>Involvement</name>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="41"/>
        <source>Participant</source>
        <extracomment>How a person took part in a meeting, chosen from a list (set-up) and shown in their record.</extracomment>
        <translation>Cyfranogwr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="42"/>
        <source>Co-facilitator</source>
        <extracomment>How a person took part in a meeting, chosen from a list (set-up) and shown in their record.</extracomment>
        <translation>Cyd-hwylusydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="43"/>
        <source>Expert by experience</source>
        <extracomment>How a person took part in a meeting, chosen from a list (set-up) and shown in their record.</extracomment>
        <translation>Arbenigwr drwy brofiad</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="44"/>
        <source>Supporter</source>
        <extracomment>How a person took part in a meeting, chosen from a list (set-up) and shown in their record.</extracomment>
        <translation>Cefnogwr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="45"/>
        <source>Observer</source>
        <extracomment>How a person took part in a meeting, chosen from a list (set-up) and shown in their record.</extracomment>
        <translation>Sylwedydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="59"/>
        <source>Not chosen yet</source>
        <extracomment>How a person chose to be recognised for their time, chosen from a list in their record.</extracomment>
        <translation>Heb ddewis eto</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="60"/>
        <source>Payment for their time</source>
        <extracomment>How a person chose to be recognised for their time, chosen from a list in their record.</extracomment>
        <translation>Tâl am eu hamser</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="61"/>
        <source>A voucher for each meeting</source>
        <extracomment>How a person chose to be recognised for their time, chosen from a list in their record.</extracomment>
        <translation>Taleb ar gyfer pob cyfarfod</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="62"/>
        <source>Volunteer (no payment)</source>
        <extracomment>How a person chose to be recognised for their time, chosen from a list in their record.</extracomment>
        <translation>Gwirfoddolwr (dim tâl)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="75"/>
        <source>Mileage</source>
        <extracomment>A kind of expense a person is paid back for, chosen from a list in their record.</extracomment>
        <translation>Milltiroedd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="76"/>
        <source>Fares</source>
        <extracomment>A kind of expense a person is paid back for, chosen from a list in their record.</extracomment>
        <translation>Tocynnau teithio</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="77"/>
        <source>Parking</source>
        <extracomment>A kind of expense a person is paid back for, chosen from a list in their record.</extracomment>
        <translation>Parcio</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="78"/>
        <source>Care or support costs</source>
        <extracomment>A kind of expense a person is paid back for, chosen from a list in their record.</extracomment>
        <translation>Costau gofal neu gymorth</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="79"/>
        <source>Other</source>
        <extracomment>A kind of expense a person is paid back for, chosen from a list in their record.</extracomment>
        <translation>Arall</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="vanished">1 awr</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation type="vanished">{count} awr</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="vanished">1 munud</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation type="vanished">{count} munud</translation>
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
        <translation>Cyfansymiau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="148"/>
        <source>&amp;Recognition:</source>
        <translation>&amp;Cydnabyddiaeth:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="150"/>
        <source>How they chose to be recognised for their time. Saved as soon as it is chosen</source>
        <translation>Sut maen nhw wedi dewis cael eu cydnabod am eu hamser. Yn cael ei gadw cyn gynted ag y caiff ei ddewis</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="162"/>
        <source>Their &amp;meetings:</source>
        <translation>&amp;Eu cyfarfodydd:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="164"/>
        <source>Their meetings</source>
        <translation>Eu cyfarfodydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="165"/>
        <source>Choose a meeting to see and add its expenses</source>
        <translation>Dewiswch gyfarfod i weld ac ychwanegu ei dreuliau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="170"/>
        <source>Expenses for the chosen meeting</source>
        <translation>Treuliau&apos;r cyfarfod a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="176"/>
        <source>R&amp;emove expense</source>
        <translation>T&amp;ynnu&apos;r draul</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="189"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="190"/>
        <source>&amp;Amount, pounds:</source>
        <translation>&amp;Swm, punnoedd:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="190"/>
        <source>For example 3.50</source>
        <translation>Er enghraifft 3.50</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="192"/>
        <source>M&amp;iles:</source>
        <translation>M&amp;illtiroedd:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="192"/>
        <source>Paid at the mileage rate in the settings</source>
        <translation>Yn cael ei dalu ar y gyfradd milltiroedd yn y gosodiadau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="194"/>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Nodyn (dewisol):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="197"/>
        <source>A&amp;dd expense</source>
        <translation>Ychwanegu &amp;traul</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="202"/>
        <source>Expenses</source>
        <translation>Treuliau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="211"/>
        <source>&amp;Close</source>
        <translation>Ca&amp;u</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="272"/>
        <source>Involvement: {name}</source>
        <translation>Cymryd rhan: {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="273"/>
        <source>Involvement of {name}</source>
        <translation>Sut mae {name} wedi cymryd rhan</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="274"/>
        <source>Meetings: {count}</source>
        <translation>Cyfarfodydd: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="275"/>
        <source>Time given: {time}</source>
        <translation>Amser a roddwyd: {time}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="276"/>
        <source>Contributions: {count}</source>
        <translation>Cyfraniadau: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="277"/>
        <source>Agreements: {count}</source>
        <translation>Wedi cytuno: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="278"/>
        <source>none yet</source>
        <translation>dim eto</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="279"/>
        <source>Roles: {roles}</source>
        <translation>Rolau: {roles}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="296"/>
        <source>not known</source>
        <translation>ddim yn hysbys</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="299"/>
        <source>{date}: {meeting}
Role: {role}. Time given: {time}. Contributions: {count}. Owed: {money}.</source>
        <translation>{date}: {meeting}
Rôl: {role}. Amser a roddwyd: {time}. Cyfraniadau: {count}. Yn ddyledus: {money}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="324"/>
        <source>Choose a meeting above to see its expenses.</source>
        <translation>Dewiswch gyfarfod uchod i weld ei dreuliau.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="327"/>
        <source>Expenses for {meeting}, {date}</source>
        <translation>Treuliau {meeting}, {date}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="339"/>
        <source>No expenses for {meeting}, {date}</source>
        <translation>Dim treuliau ar gyfer {meeting}, {date}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="348"/>
        <source>{kind}: {miles} miles, {money}</source>
        <translation>{kind}: {miles} milltir, {money}</translation>
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
        <translation>&amp;Iaith</translation>
    </message>
</context>
<context>
    <name>LateArrivalDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="60"/>
        <source>Add a late arrival</source>
        <translation>Ychwanegu rhywun hwyr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="78"/>
        <source>Only this screen shows what you type here. The display shows them only as they choose to be credited.</source>
        <translation>Dim ond y sgrin hon sy&apos;n dangos beth rydych chi&apos;n ei deipio yma. Mae sgrin yr ystafell yn dangos eu henw fel maen nhw&apos;n ei ddewis yn unig.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="83"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Enw llawn:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="83"/>
        <source>The person&apos;s name, kept on this laptop</source>
        <translation>Enw&apos;r person, wedi&apos;i gadw ar y gliniadur hwn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="88"/>
        <source>&amp;Credit them as:</source>
        <translation>&amp;Dangos eu henw fel:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="90"/>
        <source>How their name appears beside what they say, on screen and on paper</source>
        <translation>Sut mae eu henw&apos;n ymddangos wrth ymyl beth maen nhw&apos;n ei ddweud, ar y sgrin ac ar bapur</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="93"/>
        <source>C&amp;hosen name:</source>
        <translation>Enw &amp;o&apos;u dewis:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="93"/>
        <source>The name they want to be credited as</source>
        <translation>Yr enw maen nhw eisiau i&apos;w ddangos</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="95"/>
        <source>Chosen for them: nobody else in the meeting has it. Change it if they want another.</source>
        <translation>Wedi&apos;i ddewis ar eu cyfer: does gan neb arall yn y cyfarfod yr enw hwn. Newidiwch e os ydyn nhw eisiau un arall.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="96"/>
        <source>Marker co&amp;lour:</source>
        <translation>&amp;Lliw&apos;r marciwr:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="97"/>
        <source>Marker &amp;shape:</source>
        <translation>&amp;Siâp y marciwr:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="110"/>
        <source>&amp;Add them</source>
        <translation>&amp;Ychwanegu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="111"/>
        <source>Add them</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="174"/>
        <source>Marker: {marker}</source>
        <translation>Marciwr: {marker}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="175"/>
        <source>Shown and printed as: {name}</source>
        <translation>Yn cael ei ddangos a&apos;i argraffu fel: {name}</translation>
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
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="95"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Gosodiadau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="96"/>
        <source>&amp;Display and access…</source>
        <translation>&amp;Sgrin a mynediad…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="101"/>
        <source>&amp;Keep meetings for…</source>
        <translation>Cadw cyfarfodydd a&amp;m…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="105"/>
        <source>Payment and e&amp;xpense rates…</source>
        <translation>Cyfraddau tâl a &amp;threuliau…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="107"/>
        <source>&amp;Finance export…</source>
        <translation>Allf&amp;orio cyllid…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="111"/>
        <source>People on this &amp;laptop…</source>
        <translation>&amp;Pobl ar y gliniadur hwn…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="125"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Gwneud copi wrth gefn nawr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="127"/>
        <source>Back up &amp;to…</source>
        <translation>Gwneud copi wrth gefn &amp;i…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="129"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Adfer o gopi wrth gefn…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="132"/>
        <source>Bring in a &amp;meeting from another laptop…</source>
        <translation>Dod â chyfarfod o &amp;liniadur arall…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="154"/>
        <source>Room d&amp;isplay</source>
        <translation>Sgr&amp;in yr ystafell</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="155"/>
        <source>&amp;Present on the room display</source>
        <translation>&amp;Dangos ar sgrin yr ystafell</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="159"/>
        <source>Back to the &amp;console</source>
        <extracomment>Menu item: stop presenting the room display; Escape does the same from the room or the display.</extracomment>
        <translation>Yn ôl i&apos;r &amp;consol</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="162"/>
        <source>Display: &amp;earlier page</source>
        <translation>Sgrin: tudalen &amp;gynharach</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="165"/>
        <source>Display: &amp;next page</source>
        <translation>Sgrin: tudalen &amp;nesaf</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="169"/>
        <source>&amp;Look back over the meeting</source>
        <translation>&amp;Edrych yn ôl ar y cyfarfod</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="172"/>
        <source>Back to the li&amp;ve room</source>
        <translation>Yn ôl i&apos;r ystafell &amp;fyw</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="205"/>
        <source>Looking back over the meeting: the page keys move on, prompt by prompt. Escape ends it.</source>
        <translation>Edrych yn ôl ar y cyfarfod: mae bysellau&apos;r tudalennau&apos;n symud ymlaen, cwestiwn wrth gwestiwn. Mae Escape yn ei orffen.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="434"/>
        <source>The meeting was not imported</source>
        <translation>Chafodd y cyfarfod ddim ei fewnforio</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="498"/>
        <source>Back to the console: the room display is closed.</source>
        <translation>Yn ôl i&apos;r consol: mae sgrin yr ystafell wedi cau.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="500"/>
        <source>The room display covers this screen. Escape brings the console back.</source>
        <translation>Mae sgrin yr ystafell yn cuddio&apos;r sgrin hon. Mae Escape yn dod â&apos;r consol yn ôl.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="503"/>
        <source>The room display is showing on {screen}.</source>
        <extracomment>{screen} is the name the system gives the screen the display is shown on.</extracomment>
        <translation>Mae sgrin yr ystafell yn dangos ar {screen}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="622"/>
        <source>The backup is back in place. The file it replaced was kept as {name}.</source>
        <extracomment>After restoring from a backup. {name}: the file name the replaced file was kept under.</extracomment>
        <translation>Mae&apos;r copi wrth gefn yn ei le. Cadwyd y ffeil a ddisodlwyd fel {name}.</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <location filename="../coprod_desktop/ui/widgets/form_parts.py" line="153"/>
        <source>{colour} {shape}, {initials}</source>
        <translation>{shape}, lliw {colour}, {initials}</translation>
    </message>
</context>
<context>
    <name>MeetingImporter</name>
    <message>
        <location filename="../coprod_desktop/ui/files/meeting_import.py" line="55"/>
        <source>Bring in a meeting from another laptop</source>
        <translation>Dod â chyfarfod o liniadur arall</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/meeting_import.py" line="58"/>
        <source>Meeting files (*.coprod.json *.json);;All files (*)</source>
        <extracomment>JSON is a file format: keep the name.</extracomment>
        <translation>Ffeiliau cyfarfod (*.coprod.json *.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/meeting_import.py" line="66"/>
        <source>Reading {file}…</source>
        <translation>Wrthi&apos;n darllen {file}…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/meeting_import.py" line="76"/>
        <source>Nothing was imported.</source>
        <translation>Ni fewnforiwyd dim.</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="94"/>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="97"/>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="100"/>
        <source>Meetings</source>
        <translation>Cyfarfodydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="101"/>
        <source>Choose a meeting, then press Enter to open it.</source>
        <translation>Dewiswch gyfarfod, yna pwyswch Enter i&apos;w agor.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="105"/>
        <source>Opening your meetings…</source>
        <translation>Wrthi&apos;n agor eich cyfarfodydd…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="108"/>
        <source>&amp;New meeting</source>
        <translation>Cyfarfod &amp;newydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="109"/>
        <source>&amp;Set up</source>
        <translation>&amp;Paratoi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="110"/>
        <source>&amp;Open in the room</source>
        <translation>&amp;Agor yn yr ystafell</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="111"/>
        <source>Take-home &amp;files…</source>
        <translation>&amp;Ffeiliau i fynd adref…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="112"/>
        <source>&amp;People…</source>
        <translation>Po&amp;bl…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="114"/>
        <source>Create a new meeting</source>
        <translation>Creu cyfarfod newydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="115"/>
        <source>Change the chosen meeting&apos;s details, people and prompts</source>
        <translation>Newid manylion, pobl a phynciau&apos;r cyfarfod a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="116"/>
        <source>Show the chosen meeting on the room screen</source>
        <translation>Dangos y cyfarfod a ddewiswyd ar sgrin yr ystafell</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="119"/>
        <source>Save or print the chosen meeting&apos;s take-home sheets, certificates and summary</source>
        <translation>Cadw neu argraffu taflenni i fynd adref, tystysgrifau a chrynodeb y cyfarfod a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="121"/>
        <source>Everyone on this laptop: their consent, involvement and record</source>
        <translation>Pawb ar y gliniadur hwn: eu caniatâd, sut maen nhw&apos;n cymryd rhan, a&apos;u cofnod</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="162"/>
        <source>Fin&amp;d words said in any meeting</source>
        <translation>Chwilio am eiriau a ddywe&amp;dwyd mewn unrhyw gyfarfod</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="165"/>
        <source>Find words said in any meeting</source>
        <translation>Chwilio am eiriau a ddywedwyd mewn unrhyw gyfarfod</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="167"/>
        <source>Type a word or two. What people said that holds them is listed below.</source>
        <translation>Teipiwch air neu ddau. Mae&apos;r hyn a ddywedodd pobl sy&apos;n eu cynnwys wedi&apos;i restru isod.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="176"/>
        <source>Words found</source>
        <translation>Geiriau a ganfuwyd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="177"/>
        <source>Press Enter to choose the meeting it was said in.</source>
        <translation>Pwyswch Enter i ddewis y cyfarfod lle cafodd ei ddweud.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="194"/>
        <source>&amp;Clean up…</source>
        <translation>&amp;Tacluso…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="195"/>
        <source>Clean up</source>
        <translation>Tacluso</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="197"/>
        <source>Choose which old meetings to delete. A backup is made first.</source>
        <translation>Dewiswch pa hen gyfarfodydd i&apos;w dileu. Mae copi wrth gefn yn cael ei wneud yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="210"/>
        <source>Meetings older than you keep them: {count}</source>
        <extracomment>On the meetings screen: how many meetings are past the period they are kept for.</extracomment>
        <translation>Cyfarfodydd sy&apos;n hŷn na&apos;r amser cadw: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="231"/>
        <source>{person}, in ‘{meeting}’ ({date}): {words}</source>
        <translation>{person}, yn ‘{meeting}’ ({date}): {words}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="241"/>
        <source>Nothing said in any meeting holds those words.</source>
        <translation>Does dim byd a ddywedwyd mewn unrhyw gyfarfod yn cynnwys y geiriau hynny.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="243"/>
        <source>Found: {count}. Press Tab to go to them.</source>
        <translation>Wedi&apos;u canfod: {count}. Pwyswch Tab i fynd atyn nhw.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="262"/>
        <source>There are no meetings yet. Press “New meeting” to set one up.</source>
        <translation>Does dim cyfarfodydd eto. Pwyswch “Cyfarfod newydd” i baratoi un.</translation>
    </message>
</context>
<context>
    <name>NameWarning</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="71"/>
        <source>Someone called &quot;{name}&quot; is already taking part in this meeting. If this is another person, credit them in a way that tells the two apart.</source>
        <translation>Mae rhywun o&apos;r enw &quot;{name}&quot; eisoes yn cymryd rhan yn y cyfarfod hwn. Os yw hwn yn berson arall, rhowch gydnabyddiaeth iddyn nhw mewn ffordd sy&apos;n dangos y gwahaniaeth.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="80"/>
        <source>Someone called &quot;{name}&quot; is already known on this laptop from another meeting. Adding this name makes a new person: their meetings are not joined up.</source>
        <translation>Mae rhywun o&apos;r enw &quot;{name}&quot; eisoes yn hysbys ar y gliniadur hwn o gyfarfod arall. Mae ychwanegu&apos;r enw hwn yn gwneud person newydd: nid yw eu cyfarfodydd wedi&apos;u cysylltu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="87"/>
        <source>Someone in this meeting is already shown as &quot;{name}&quot;. Credit this person another way, so the room can tell the two apart.</source>
        <translation>Mae rhywun yn y cyfarfod hwn eisoes yn cael ei ddangos fel &quot;{name}&quot;. Rhowch gydnabyddiaeth i&apos;r person hwn mewn ffordd arall, fel bod yr ystafell yn gweld y gwahaniaeth.</translation>
    </message>
</context>
<context>
    <name>PeopleActions</name>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="71"/>
        <source>Invite ne&amp;xt</source>
        <translation>G&amp;wahodd y nesaf</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="72"/>
        <source>Invites the next person asking to speak, else the next not yet heard. Shortcut: Ctrl+I.</source>
        <translation>Yn gwahodd y person nesaf sy&apos;n gofyn am gael siarad, neu&apos;r nesaf sydd heb gael ei glywed. Llwybr byr: Ctrl+I.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="76"/>
        <source>Not now (p&amp;ass)</source>
        <translation>Dim nawr (p&amp;asio)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="77"/>
        <source>The person invited or speaking passes on this prompt. Shortcut: Ctrl+P.</source>
        <translation>Mae&apos;r person sydd wedi cael gwahoddiad neu sy&apos;n siarad yn dweud “dim nawr” ar y pwnc hwn. Llwybr byr: Ctrl+P.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="81"/>
        <source>Who has not &amp;been heard?</source>
        <translation>Pwy sydd heb gael eu clyw&amp;ed?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="82"/>
        <source>Lists who has not been heard on this prompt and in the meeting, on this screen only.</source>
        <translation>Yn rhestru pwy sydd heb gael eu clywed ar y pwnc hwn ac yn y cyfarfod, ar y sgrin hon yn unig.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="86"/>
        <source>Add a &amp;late arrival…</source>
        <translation>Ychwanegu rhywun &amp;hwyr…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="87"/>
        <source>Adds someone who came late, without leaving the room. Nothing private is shown on the display.</source>
        <translation>Yn ychwanegu rhywun a ddaeth yn hwyr, heb adael yr ystafell. Does dim byd preifat yn dangos ar sgrin yr ystafell.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="173"/>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="330"/>
        <source>Everyone has been heard on this prompt.</source>
        <translation>Mae pawb wedi cael eu clywed ar y pwnc hwn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="183"/>
        <source>The invitation to {name} is taken back.</source>
        <translation>Mae&apos;r gwahoddiad i {name} wedi&apos;i dynnu&apos;n ôl.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="188"/>
        <source>{name} is invited to speak next.</source>
        <translation>Mae gwahoddiad i {name} siarad nesaf.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="212"/>
        <source>Nobody is invited or speaking. Open a person&apos;s menu on their tile to record a pass.</source>
        <translation>Does neb wedi cael gwahoddiad, a does neb yn siarad. Agorwch ddewislen y person ar eu teilsen i gofnodi “dim nawr”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="222"/>
        <source>{name}: not now. That is fine.</source>
        <translation>{name}: dim nawr. Mae hynny&apos;n iawn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="235"/>
        <source>{name} is asking to speak: number {place} in the queue.</source>
        <translation>Mae {name} yn gofyn am gael siarad: rhif {place} yn y ciw.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="238"/>
        <source>{name} is no longer waiting to speak.</source>
        <translation>Dydy {name} ddim yn aros i siarad mwyach.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="254"/>
        <source>{name} agrees with what {speaker} said.</source>
        <translation>Mae {name} yn cytuno â beth ddywedodd {speaker}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="256"/>
        <source>{name} no longer agrees with what {speaker} said.</source>
        <translation>Dydy {name} ddim yn cytuno â beth ddywedodd {speaker} mwyach.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="274"/>
        <source>{name}: what they want to do</source>
        <translation>{name}: beth maen nhw eisiau ei wneud</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="276"/>
        <source>&amp;No longer waiting</source>
        <translation>&amp;Ddim yn aros mwyach</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="276"/>
        <source>&amp;Ask to speak</source>
        <translation>Gofyn am gael &amp;siarad</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="279"/>
        <source>&amp;Take back the invitation</source>
        <translation>&amp;Tynnu&apos;r gwahoddiad yn ôl</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="279"/>
        <source>&amp;Invite to speak next</source>
        <translation>&amp;Gwahodd i siarad nesaf</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="281"/>
        <source>&amp;Pass: not now</source>
        <translation>&amp;Pasio: dim nawr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="285"/>
        <source>A&amp;grees with the newest contribution</source>
        <translation>Yn &amp;cytuno â&apos;r cyfraniad diweddaraf</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="325"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="328"/>
        <source>Not yet heard on this prompt: {names}</source>
        <translation>Heb gael eu clywed ar y pwnc hwn: {names}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="333"/>
        <source>Said not now on this prompt: {names}</source>
        <translation>Wedi dweud “dim nawr” ar y pwnc hwn: {names}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="335"/>
        <source>Not yet heard in this meeting: {names}</source>
        <translation>Heb gael eu clywed yn y cyfarfod hwn: {names}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="337"/>
        <source>Everyone has been heard in this meeting.</source>
        <translation>Mae pawb wedi cael eu clywed yn y cyfarfod hwn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="354"/>
        <source>Added {name}. Welcome!</source>
        <translation>Wedi ychwanegu {name}. Croeso!</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="80"/>
        <source>Erase</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="84"/>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="86"/>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="87"/>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="90"/>
        <source>People on this laptop</source>
        <translation>Pobl ar y gliniadur hwn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="88"/>
        <source>Everyone whose details are kept here. Choose a person, then what to do.</source>
        <translation>Pawb y mae eu manylion yn cael eu cadw yma. Dewiswch berson, yna beth i&apos;w wneud.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="91"/>
        <source>Each person&apos;s name, and how many meetings they took part in.</source>
        <translation>Enw pob person, a faint o gyfarfodydd y buon nhw ynddyn nhw.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="94"/>
        <source>No one is kept on this laptop.</source>
        <translation>Does neb wedi&apos;i gadw ar y gliniadur hwn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="96"/>
        <source>&amp;Consent…</source>
        <translation>&amp;Caniatâd…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="97"/>
        <source>&amp;Involvement…</source>
        <translation>Cymryd &amp;rhan…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="98"/>
        <source>Save their &amp;record…</source>
        <translation>Cadw eu c&amp;ofnod…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="99"/>
        <source>&amp;Erase or anonymise…</source>
        <translation>&amp;Dileu neu wneud yn ddienw…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="100"/>
        <source>Clo&amp;se</source>
        <translation>Ca&amp;u</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="102"/>
        <source>See and record what the chosen person agreed to</source>
        <translation>Gweld a chofnodi beth mae&apos;r person a ddewiswyd wedi cytuno iddo</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="103"/>
        <source>Their meetings, time given, roles, recognition and expenses</source>
        <translation>Eu cyfarfodydd, yr amser a roddwyd, rolau, cydnabyddiaeth a threuliau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="104"/>
        <source>Save everything kept about them into a folder: a PDF and a data file</source>
        <translation>Cadw popeth sydd wedi&apos;i gadw amdanyn nhw mewn ffolder: PDF a ffeil ddata</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="105"/>
        <source>Remove them from this laptop, or keep their words without their name</source>
        <translation>Eu tynnu o&apos;r gliniadur hwn, neu gadw eu geiriau heb eu henw</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="150"/>
        <source>Former participant</source>
        <extracomment>An anonymised person in the list of people on this laptop.</extracomment>
        <translation>Cyn-gyfranogwr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="158"/>
        <source>{name} — meetings: {count}</source>
        <extracomment>A person in the list: {name} is their full name, {count} how many meetings they took part in.</extracomment>
        <translation>{name} — cyfarfodydd: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="218"/>
        <source>Save their record into which folder?</source>
        <translation>Cadw eu cofnod ym mha ffolder?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="237"/>
        <source>Checking the folder…</source>
        <translation>Yn gwirio&apos;r ffolder…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="248"/>
        <source>Nothing was saved.</source>
        <translation>Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="250"/>
        <source>Saving their record…</source>
        <translation>Wrthi&apos;n cadw eu cofnod…</translation>
    </message>
    <message>
        <source>Files with these names already in that folder: {count}. Replace them, keep both (new names), or cancel?</source>
        <translation type="vanished">Ffeiliau gyda&apos;r enwau hyn yn y ffolder yn barod: {count}. Eu disodli, cadw&apos;r ddwy (enwau newydd), neu ganslo?</translation>
    </message>
    <message>
        <source>Files already there</source>
        <translation type="vanished">Ffeiliau yno&apos;n barod</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="vanished">Di&amp;sodli</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation type="vanished">C&amp;adw&apos;r ddwy</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="vanished">Disodli</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="vanished">Cadw&apos;r ddwy</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="266"/>
        <source>Files saved in {folder}: {count}.</source>
        <extracomment>After saving a person&apos;s record: {folder} is where, {count} how many files.</extracomment>
        <translation>Ffeiliau wedi&apos;u cadw yn {folder}: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="273"/>
        <source>Their record could not be saved: {reason}</source>
        <translation>Doedd dim modd cadw eu cofnod: {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="298"/>
        <source>Erase {name} and everything they said? This cannot be undone.</source>
        <extracomment>The second question before erasing; {name} is the person&apos;s name.</extracomment>
        <translation>Dileu {name} a phopeth a ddywedon nhw? Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="300"/>
        <source>Nothing was changed.</source>
        <translation>Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="312"/>
        <source>They were erased from this laptop.</source>
        <translation>Maen nhw wedi&apos;u dileu o&apos;r gliniadur hwn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="314"/>
        <source>They were anonymised. What they said stays.</source>
        <translation>Maen nhw wedi&apos;u gwneud yn ddienw. Mae beth ddywedon nhw&apos;n aros.</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="125"/>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="248"/>
        <source>People taking part</source>
        <translation>Pobl sy&apos;n cymryd rhan</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="138"/>
        <source>Same as the meeting</source>
        <translation>Yr un fath â&apos;r cyfarfod</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="155"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Enw llawn:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="155"/>
        <source>The person&apos;s name, kept on this laptop</source>
        <translation>Enw&apos;r person, wedi&apos;i gadw ar y gliniadur hwn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="160"/>
        <source>&amp;Credit them as:</source>
        <translation>&amp;Dangos eu henw fel:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="162"/>
        <source>How their name appears beside what they say, on screen and on paper</source>
        <translation>Sut mae eu henw&apos;n ymddangos wrth ymyl beth maen nhw&apos;n ei ddweud, ar y sgrin ac ar bapur</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="165"/>
        <source>C&amp;hosen name:</source>
        <translation>Enw &amp;o&apos;u dewis:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="165"/>
        <source>The name they want to be credited as</source>
        <translation>Yr enw maen nhw eisiau i&apos;w ddangos</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="168"/>
        <source>Reading spee&amp;d for them:</source>
        <translation>Cyflymde&amp;r darllen iddyn nhw:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="168"/>
        <source>How fast their words are read back to them</source>
        <translation>Pa mor gyflym mae eu geiriau&apos;n cael eu darllen yn ôl iddyn nhw</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="170"/>
        <source>Marker co&amp;lour:</source>
        <translation>&amp;Lliw&apos;r marciwr:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="171"/>
        <source>Marker &amp;shape:</source>
        <translation>&amp;Siâp y marciwr:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="174"/>
        <source>&amp;Role in this meeting:</source>
        <translation>Rôl yn y c&amp;yfarfod hwn:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="176"/>
        <source>How they take part. Saved as soon as it is chosen for someone on the list</source>
        <translation>Sut maen nhw&apos;n cymryd rhan. Yn cael ei gadw cyn gynted ag y caiff ei ddewis i rywun ar y rhestr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="186"/>
        <source>&amp;Add person</source>
        <translation>Ychwanegu &amp;person</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="187"/>
        <source>Sa&amp;ve changes</source>
        <translation>&amp;Cadw&apos;r newidiadau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="188"/>
        <source>R&amp;emove person</source>
        <translation>&amp;Tynnu&apos;r person</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="189"/>
        <source>New &amp;person</source>
        <translation>Person &amp;newydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="190"/>
        <source>Their words as a&amp;udio…</source>
        <translation>Eu geiriau fel s&amp;ain…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="192"/>
        <source>Save what this person said as a sound file they can take home</source>
        <translation>Cadw beth ddywedodd y person hwn fel ffeil sain y gallan nhw fynd â hi adref</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="194"/>
        <source>Communication pro&amp;file…</source>
        <translation>Proffil &amp;cyfathrebu…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="196"/>
        <source>How they like to communicate: formats, language, interpreter, switch, speech</source>
        <translation>Sut maen nhw&apos;n hoffi cyfathrebu: fformatau, iaith, cyfieithydd, switsh, lleferydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="199"/>
        <source>C&amp;onsent…</source>
        <translation>Can&amp;iatâd…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="201"/>
        <source>What they agree to: how they are named, take-home sheets, their words, photo, profile</source>
        <translation>Beth maen nhw&apos;n cytuno iddo: sut maen nhw&apos;n cael eu henwi, taflenni i fynd adref, eu geiriau, llun, proffil</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="297"/>
        <source>{credit}  ({name}, credited by {style})</source>
        <translation>{credit}  ({name}, enw a ddangosir: {style})</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="304"/>
        <source>, marker: {marker}</source>
        <translation>, marciwr: {marker}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="411"/>
        <source>Saved the communication profile of {name}.</source>
        <translation>Wedi cadw proffil cyfathrebu {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="430"/>
        <source>Saved the role of {name}: {role}.</source>
        <translation>Wedi cadw rôl {name}: {role}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="437"/>
        <source>Shown and printed as: {name}</source>
        <translation>Yn cael ei ddangos a&apos;i argraffu fel: {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="436"/>
        <source>Marker: {marker}</source>
        <translation>Marciwr: {marker}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="470"/>
        <source>Added {name}.</source>
        <translation>Wedi ychwanegu {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="485"/>
        <source>Saved {name}.</source>
        <translation>Wedi cadw {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="22"/>
        <source>Full name</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation>Enw llawn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="23"/>
        <source>First name</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="24"/>
        <source>Initials</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation>Llythrennau cyntaf</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="25"/>
        <source>A name they choose</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation>Enw o&apos;u dewis</translation>
    </message>
</context>
<context>
    <name>PersonTiles</name>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="84"/>
        <source>Marker: {marker}.</source>
        <translation>Marciwr: {marker}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="86"/>
        <source>Needs: {flags}.</source>
        <translation>Angen: {flags}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="88"/>
        <source>Shortcut: Alt+{n}.</source>
        <translation>Llwybr byr: Alt+{n}.</translation>
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
        <translation>➤ gwahoddiad</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="148"/>
        <source>not now</source>
        <extracomment>on a person&apos;s tile: they passed on this prompt. Said kindly: it is their choice.</extracomment>
        <translation>dim nawr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="155"/>
        <source>Heard on this prompt.</source>
        <translation>Wedi cael eu clywed ar y pwnc hwn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="157"/>
        <source>Said not now on this prompt.</source>
        <translation>Wedi dweud “dim nawr” ar y pwnc hwn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="159"/>
        <source>Invited to speak next.</source>
        <translation>Gwahoddiad i siarad nesaf.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="161"/>
        <source>Asking to speak: number {place} in the queue.</source>
        <translation>Yn gofyn am gael siarad: rhif {place} yn y ciw.</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="44"/>
        <source>Photo</source>
        <translation>Llun</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="57"/>
        <source>They agree to a photo of them being used</source>
        <translation>Maen nhw&apos;n cytuno i ddefnyddio llun ohonyn nhw</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="59"/>
        <source>Ask them first. Taking it back deletes their photo straight away.</source>
        <translation>Gofynnwch iddyn nhw yn gyntaf. Mae tynnu&apos;r caniatâd yn ôl yn dileu eu llun ar unwaith.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="66"/>
        <source>Remove their photo</source>
        <translation>Tynnu eu llun</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="65"/>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="110"/>
        <source>Add the&amp;ir photo…</source>
        <translation>Ychwanegu eu ll&amp;un…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="110"/>
        <source>Change the&amp;ir photo…</source>
        <translation>Newid eu ll&amp;un…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="122"/>
        <source>Their photo</source>
        <translation>Eu llun</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="125"/>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="126"/>
        <source>No photo</source>
        <translation>Dim llun</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="130"/>
        <source>No photo consent recorded.</source>
        <translation>Does dim caniatâd llun wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="133"/>
        <source>Agreed {when}</source>
        <translation>Wedi cytuno: {when}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="133"/>
        <source>Took it back {when}</source>
        <translation>Wedi tynnu&apos;n ôl: {when}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="145"/>
        <source>Taking back consent deletes their photo now. Go on?</source>
        <translation>Mae tynnu&apos;r caniatâd yn ôl yn dileu eu llun nawr. Mynd ymlaen?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="159"/>
        <source>Recorded that {name} agrees to a photo.</source>
        <translation>Wedi cofnodi bod {name} yn cytuno i lun.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="161"/>
        <source>Recorded that {name} does not agree to a photo; any photo of them is deleted.</source>
        <translation>Wedi cofnodi nad yw {name} yn cytuno i lun; mae unrhyw lun ohonyn nhw wedi&apos;i ddileu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="174"/>
        <source>Photo removed.</source>
        <translation>Llun wedi&apos;i dynnu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="178"/>
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
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="348"/>
        <source>This meeting has no prompts yet. Add them in Set up.</source>
        <translation>Does gan y cyfarfod hwn ddim pynciau eto. Ychwanegwch nhw yn Paratoi.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="355"/>
        <source>Prompt {n} of {total}</source>
        <translation>Pwnc {n} o {total}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="358"/>
        <source>Picture: {card}</source>
        <translation>Llun: {card}</translation>
    </message>
</context>
<context>
    <name>PromptsEditor</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="64"/>
        <source>Prompts, in order</source>
        <translation>Pynciau, yn eu trefn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="73"/>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="157"/>
        <source>No picture</source>
        <translation>Dim llun</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="76"/>
        <source>Prompt &amp;words:</source>
        <translation>&amp;Geiriau&apos;r pwnc:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="76"/>
        <source>A short question or topic for the group</source>
        <translation>Cwestiwn neu bwnc byr i&apos;r grŵp</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="77"/>
        <source>P&amp;icture card:</source>
        <translation>Cer&amp;dyn llun:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="77"/>
        <source>A picture shown with the prompt</source>
        <translation>Llun sy&apos;n cael ei ddangos gyda&apos;r pwnc</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="79"/>
        <source>&amp;Add prompt</source>
        <translation>Ychwanegu &amp;pwnc</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="80"/>
        <source>Sa&amp;ve changes</source>
        <translation>&amp;Cadw&apos;r newidiadau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="81"/>
        <source>Move &amp;up</source>
        <translation>Sy&amp;mud i fyny</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="82"/>
        <source>Move &amp;down</source>
        <translation>Symud i &amp;lawr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="83"/>
        <source>R&amp;emove prompt</source>
        <translation>&amp;Tynnu&apos;r pwnc</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="84"/>
        <source>New &amp;prompt</source>
        <translation>Pwnc &amp;newydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="105"/>
        <source>Prompts, in the order the meeting goes through them</source>
        <translation>Pynciau, yn y drefn y bydd y cyfarfod yn mynd drwyddyn nhw</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="203"/>
        <source>Prompt added.</source>
        <translation>Pwnc wedi&apos;i ychwanegu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="210"/>
        <source>Prompt saved.</source>
        <translation>Pwnc wedi&apos;i gadw.</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>The backup is back in place. The damaged file was kept as {name}.</source>
        <translation type="vanished">Mae&apos;r copi wrth gefn yn ôl yn ei le. Cafodd y ffeil oedd wedi&apos;i difrodi ei chadw fel {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="95"/>
        <source>The backup is back in place. The file it replaced was kept as {name}.</source>
        <translation>Mae&apos;r copi wrth gefn yn ei le. Cadwyd y ffeil a ddisodlwyd fel {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="103"/>
        <source>Restore the newest backup ({name})?</source>
        <translation>Adfer y copi wrth gefn diweddaraf ({name})?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="105"/>
        <location filename="../coprod_desktop/ui/startup.py" line="122"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Adfer y copi wrth gefn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="106"/>
        <location filename="../coprod_desktop/ui/startup.py" line="124"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="115"/>
        <source>You can restore the newest good backup ({name}), or open the file as it is. The file is kept either way.</source>
        <translation>Gallwch adfer y copi wrth gefn da diweddaraf ({name}), neu agor y ffeil fel y mae. Cedwir y ffeil y naill ffordd neu&apos;r llall.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="118"/>
        <source>There is no backup to restore. You can open the file as it is.</source>
        <translation>Nid oes copi wrth gefn i&apos;w adfer. Gallwch agor y ffeil fel y mae.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="123"/>
        <source>&amp;Open it as it is</source>
        <translation>&amp;Agor fel y mae</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="59"/>
        <source>Payment and expense rates</source>
        <translation>Cyfraddau tâl a threuliau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="66"/>
        <source>Rates</source>
        <translation>Cyfraddau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="70"/>
        <source>&amp;Mileage, pounds per mile:</source>
        <translation>&amp;Milltiroedd, punnoedd y filltir:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="72"/>
        <source>For example 0.45 for 45p a mile</source>
        <translation>Er enghraifft 0.45 am 45c y filltir</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="76"/>
        <source>&amp;Payment, pounds per hour:</source>
        <translation>&amp;Tâl, punnoedd yr awr:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="78"/>
        <source>For people who chose payment for their time. 0 until your organisation sets it</source>
        <translation>I bobl a ddewisodd dâl am eu hamser. 0 nes bod eich sefydliad yn ei osod</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="82"/>
        <source>&amp;Voucher, pounds per meeting:</source>
        <translation>Ta&amp;leb, punnoedd y cyfarfod:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="84"/>
        <source>For people who chose a voucher for each meeting</source>
        <translation>I bobl a ddewisodd daleb ar gyfer pob cyfarfod</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="88"/>
        <source>&amp;Save rates</source>
        <translation>&amp;Cadw&apos;r cyfraddau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="98"/>
        <source>Finance export</source>
        <translation>Allforio cyllid</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="102"/>
        <source>A spreadsheet for the finance team: one row per person per meeting, with their full name, what is owed in pence and why.</source>
        <translation>Taenlen i&apos;r tîm cyllid: un rhes i bob person ym mhob cyfarfod, gyda&apos;u henw llawn, beth sy&apos;n ddyledus mewn ceiniogau a pham.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="110"/>
        <source>&amp;From (like 2026-11-01):</source>
        <translation>&amp;O (fel 2026-11-01):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="110"/>
        <source>The first meeting date</source>
        <translation>Dyddiad y cyfarfod cyntaf</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="111"/>
        <source>&amp;To (like 2026-11-30):</source>
        <translation>&amp;Hyd at (fel 2026-11-30):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="111"/>
        <source>The last meeting date</source>
        <translation>Dyddiad y cyfarfod olaf</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="112"/>
        <source>Save the finance e&amp;xport…</source>
        <translation>Cadw&apos;r &amp;allforio cyllid…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="118"/>
        <source>&amp;Close</source>
        <translation>Ca&amp;u</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="167"/>
        <source>The rates are saved.</source>
        <translation>Mae&apos;r cyfraddau wedi&apos;u cadw.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="177"/>
        <source>Save the finance export</source>
        <translation>Cadw&apos;r allforio cyllid</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="177"/>
        <source>Spreadsheets (*.csv)</source>
        <translation>Taenlenni (*.csv)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="198"/>
        <source>The finance export is saved: {path}</source>
        <translation>Mae&apos;r allforio cyllid wedi&apos;i gadw: {path}</translation>
    </message>
</context>
<context>
    <name>ReadBackBar</name>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="60"/>
        <source>✓ Yes, that&apos;s right</source>
        <extracomment>the read-back&apos;s answer: the person says what was written down is right.</extracomment>
        <translation>✓ Ie, mae&apos;n iawn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="62"/>
        <source>✎ Change it</source>
        <extracomment>the read-back&apos;s answer: the person wants what was written down changed.</extracomment>
        <translation>✎ Newid e</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="63"/>
        <source>Yes, that&apos;s right</source>
        <translation>Ie, mae&apos;n iawn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="64"/>
        <source>Change it</source>
        <translation>Newid e</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="65"/>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="66"/>
        <source>Shortcut: {key}</source>
        <translation>Llwybr byr: {key}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="89"/>
        <source>{name} said: {words}</source>
        <extracomment>the read-back in the console after Save; {name} is the person as credited, {words} what was written down for them.</extracomment>
        <translation>Dywedodd {name}: {words}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="90"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="92"/>
        <source>Read back: {said}</source>
        <translation>Darllen yn ôl: {said}</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../coprod_desktop/ui/widgets/read_only_banner.py" line="23"/>
        <source>This file can only be read: changes cannot be saved. You can look at meetings and print them. To make changes, copy the file to a folder you can write to and open the copy.</source>
        <translation>Dim ond darllen y ffeil hon sy&apos;n bosib: nid oes modd cadw newidiadau. Gallwch edrych ar gyfarfodydd a&apos;u hargraffu. I wneud newidiadau, copïwch y ffeil i ffolder y gallwch ysgrifennu iddo ac agor y copi.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/read_only_banner.py" line="44"/>
        <source>Read-only file</source>
        <extracomment>Accessible name of the banner shown when the meeting database can only be read.</extracomment>
        <translation>Ffeil darllen yn unig</translation>
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
    <name>ReplaceQuestion</name>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="23"/>
        <source>1 file with this name is already in that folder. Replace it, keep both (new name), or cancel?</source>
        <translation>Mae 1 ffeil gyda&apos;r enw hwn yn y ffolder yn barod. Ei disodli, cadw&apos;r ddwy (enw newydd), neu ganslo?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="26"/>
        <source>Files with these names already in that folder: {count}. Replace them, keep both (new names), or cancel?</source>
        <translation>Ffeiliau gyda&apos;r enwau hyn yn y ffolder yn barod: {count}. Eu disodli, cadw&apos;r ddwy (enwau newydd), neu ganslo?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="30"/>
        <source>Files already there</source>
        <translation>Ffeiliau yno&apos;n barod</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="31"/>
        <source>&amp;Replace</source>
        <translation>&amp;Disodli</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="32"/>
        <source>&amp;Keep both</source>
        <translation>Cadw&apos;r &amp;ddwy</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="34"/>
        <source>Replace</source>
        <translation>Disodli</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="34"/>
        <source>Keep both</source>
        <translation>Cadw&apos;r ddwy</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="43"/>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="154"/>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="161"/>
        <source>Restore from a backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="45"/>
        <source>&amp;Backups, newest first:</source>
        <translation>&amp;Copïau wrth gefn, y diweddaraf yn gyntaf:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="48"/>
        <source>Backups</source>
        <translation>Copïau wrth gefn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="60"/>
        <source>There are no backups of this file yet.</source>
        <translation>Nid oes copïau wrth gefn o&apos;r ffeil hon eto.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="62"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Adfer…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="88"/>
        <source>at the start of a meeting</source>
        <translation>ar ddechrau cyfarfod</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="89"/>
        <source>after a meeting</source>
        <translation>ar ôl cyfarfod</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="90"/>
        <source>daily backup</source>
        <translation>copi wrth gefn dyddiol</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="91"/>
        <source>Back up now</source>
        <translation>Copi wrth gefn nawr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="92"/>
        <source>from the command line</source>
        <translation>o&apos;r llinell orchymyn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="93"/>
        <source>before an update of CoProd Desktop</source>
        <translation>cyn diweddaru CoProd Desktop</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="100"/>
        <source>{when}: cannot be read</source>
        <extracomment>A backup in the list that cannot be read. {when}: a date and time.</extracomment>
        <translation>{when}: nid oes modd ei ddarllen</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="102"/>
        <source>{when}, {why}. Meetings: {meetings}. Contributions: {contributions}.</source>
        <extracomment>One backup in the list. {when}: a date and time; {why}: why it was made; then two numbers.</extracomment>
        <translation>{when}, {why}. Cyfarfodydd: {meetings}. Cyfraniadau: {contributions}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="116"/>
        <source>You will lose the meeting &apos;{title}&apos; and its contributions ({count}).</source>
        <extracomment>{title}: a meeting&apos;s title; {count}: a number of contributions.</extracomment>
        <translation>Byddwch yn colli&apos;r cyfarfod &apos;{title}&apos; a&apos;i gyfraniadau ({count}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="120"/>
        <source>The meeting &apos;{title}&apos; will come back, with its contributions ({count}).</source>
        <translation>Bydd y cyfarfod &apos;{title}&apos; yn dod yn ôl, gyda&apos;i gyfraniadau ({count}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="126"/>
        <source>In &apos;{title}&apos; you will lose contributions made since then: {count}.</source>
        <translation>Yn &apos;{title}&apos; byddwch yn colli cyfraniadau a wnaed ers hynny: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="132"/>
        <source>In &apos;{title}&apos; contributions will come back: {count}.</source>
        <translation>Yn &apos;{title}&apos; bydd cyfraniadau&apos;n dod yn ôl: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="139"/>
        <source>Restore the backup from {when}?</source>
        <translation>Adfer y copi wrth gefn o {when}?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="141"/>
        <source>It holds the same meetings and contributions as the file open now.</source>
        <translation>Mae&apos;n dal yr un cyfarfodydd a chyfraniadau â&apos;r ffeil sydd ar agor nawr.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="144"/>
        <source>The file open now is kept aside first, so nothing is deleted.</source>
        <translation>Cedwir y ffeil sydd ar agor nawr o&apos;r neilltu yn gyntaf, felly ni ddilëir dim.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="162"/>
        <source>&amp;Restore</source>
        <translation>&amp;Adfer</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="163"/>
        <source>&amp;Keep the file as it is</source>
        <translation>&amp;Cadw&apos;r ffeil fel y mae</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="29"/>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="31"/>
        <source>Keep meetings for</source>
        <translation>Cadw cyfarfodydd am</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="37"/>
        <source>Months: {count}</source>
        <extracomment>A period kept that is not one of the choices offered. {count}: a number of months.</extracomment>
        <translation>Misoedd: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="39"/>
        <source>&amp;Keep meetings for:</source>
        <translation>&amp;Cadw cyfarfodydd am:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="66"/>
        <source>Until I delete them</source>
        <translation>Nes i mi eu dileu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="67"/>
        <source>6 months</source>
        <translation>6 mis</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="68"/>
        <source>1 year</source>
        <translation>1 flwyddyn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="69"/>
        <source>2 years</source>
        <translation>2 flynedd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="70"/>
        <source>3 years</source>
        <translation>3 blynedd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="71"/>
        <source>6 years</source>
        <translation>6 blynedd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="78"/>
        <source>Nothing is deleted without asking.</source>
        <translation>Does dim yn cael ei ddileu heb ofyn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="80"/>
        <source>Meetings are kept until you delete them. None are listed for clean-up.</source>
        <translation>Mae cyfarfodydd yn cael eu cadw nes i chi eu dileu. Does dim un ar y rhestr i&apos;w tacluso.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="81"/>
        <source>Meetings older than 6 months will be listed for clean-up.</source>
        <translation>Bydd cyfarfodydd sy&apos;n hŷn na 6 mis ar y rhestr i&apos;w tacluso.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="82"/>
        <source>Meetings older than 1 year will be listed for clean-up.</source>
        <translation>Bydd cyfarfodydd sy&apos;n hŷn na blwyddyn ar y rhestr i&apos;w tacluso.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="83"/>
        <source>Meetings older than 2 years will be listed for clean-up.</source>
        <translation>Bydd cyfarfodydd sy&apos;n hŷn na 2 flynedd ar y rhestr i&apos;w tacluso.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="84"/>
        <source>Meetings older than 3 years will be listed for clean-up.</source>
        <translation>Bydd cyfarfodydd sy&apos;n hŷn na 3 blynedd ar y rhestr i&apos;w tacluso.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="85"/>
        <source>Meetings older than 6 years will be listed for clean-up.</source>
        <translation>Bydd cyfarfodydd sy&apos;n hŷn na 6 blynedd ar y rhestr i&apos;w tacluso.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="87"/>
        <source>Meetings older than the months chosen will be listed for clean-up.</source>
        <translation>Bydd cyfarfodydd sy&apos;n hŷn na&apos;r misoedd a ddewiswyd ar y rhestr i&apos;w tacluso.</translation>
    </message>
</context>
<context>
    <name>RoomAnnouncer</name>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="103"/>
        <source>The room: {meeting}.</source>
        <translation>Yr ystafell: {meeting}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="118"/>
        <source>This meeting has no prompts yet.</source>
        <translation>Does gan y cyfarfod hwn ddim cwestiynau eto.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="120"/>
        <source>Prompt {n} of {total}: {prompt}</source>
        <extracomment>announced to screen readers on opening the room and on moving to another prompt.</extracomment>
        <translation>Cwestiwn {n} o {total}: {prompt}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="124"/>
        <source>Nobody is speaking yet.</source>
        <translation>Does neb yn siarad eto.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="126"/>
        <source>{name} is speaking.</source>
        <extracomment>announced to screen readers when it is someone&apos;s turn; {name} is how they are credited.</extracomment>
        <translation>Mae {name} yn siarad.</translation>
    </message>
</context>
<context>
    <name>RoomCorrecting</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="36"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="37"/>
        <source>the correction</source>
        <translation>y cywiriad</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="38"/>
        <source>the new credit</source>
        <translation>yr enw newydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="39"/>
        <source>the move</source>
        <translation>y symud</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="40"/>
        <source>“yes, that&apos;s right”</source>
        <translation>“ie, mae&apos;n iawn”</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="41"/>
        <source>“change it”</source>
        <translation>“newid e”</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="42"/>
        <source>the support</source>
        <translation>y cymorth</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="43"/>
        <source>the agreement</source>
        <translation>y cytuno</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="44"/>
        <source>taking the agreement back</source>
        <translation>tynnu&apos;r cytuno&apos;n ôl</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="45"/>
        <source>the pass</source>
        <translation>y “dim nawr”</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="151"/>
        <source>Correcting what {name} said. Each change is saved at once.</source>
        <extracomment>the heading of the console&apos;s correcting panel; {name} is the person as credited.</extracomment>
        <translation>Cywiro beth ddywedodd {name}. Mae pob newid yn cael ei gadw ar unwaith.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="161"/>
        <source>{n}. {prompt}</source>
        <translation>{n}. {prompt}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="164"/>
        <source>Other things people said</source>
        <translation>Pethau eraill a ddywedodd pobl</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="211"/>
        <source>Saved the correction.</source>
        <translation>Wedi cadw&apos;r cywiriad.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="221"/>
        <source>It is now credited to {name}.</source>
        <translation>Mae&apos;n dangos enw {name} nawr.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="228"/>
        <source>Moved to “{prompt}”.</source>
        <translation>Wedi symud i “{prompt}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="238"/>
        <source>Withdraw what {name} said? It leaves the wall, the room display and the printouts, and its words are erased: this cannot be undone.</source>
        <translation>Tynnu beth ddywedodd {name} yn ôl? Bydd yn gadael y wal, sgrin yr ystafell a&apos;r allbrintiau, a bydd y geiriau&apos;n cael eu dileu: does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="241"/>
        <source>Withdraw</source>
        <translation>Tynnu&apos;n ôl</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="244"/>
        <source>Withdrawn: what {name} said has been erased.</source>
        <translation>Wedi&apos;i dynnu&apos;n ôl: mae beth ddywedodd {name} wedi&apos;i ddileu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="56"/>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="59"/>
        <source>Undo (a withdrawal cannot be undone)</source>
        <extracomment>on the Undo button after a contribution was withdrawn: it cannot come back.</extracomment>
        <translation>Dadwneud (does dim modd dadwneud tynnu&apos;n ôl)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="61"/>
        <source>Undo: {what}</source>
        <extracomment>on the Undo button; {what} is what it would take back (&quot;Save&quot;, &quot;the move&quot;).</extracomment>
        <translation>Dadwneud: {what}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="67"/>
        <source>Undone.</source>
        <extracomment>on the status line after Undo; {what} is what was taken back (&quot;the move&quot;).</extracomment>
        <translation>Wedi dadwneud.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="67"/>
        <source>Undone: {what}</source>
        <extracomment>on the status line after Undo; {what} is what was taken back (&quot;the move&quot;).</extracomment>
        <translation>Wedi dadwneud: {what}</translation>
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
        <location filename="../coprod_desktop/ui/display/room_display.py" line="350"/>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="488"/>
        <source>✓ confirmed</source>
        <translation>✓ wedi&apos;i gadarnhau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="353"/>
        <source>✎ being corrected</source>
        <translation>✎ yn cael ei gywiro</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="357"/>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="484"/>
        <source>{name} said:</source>
        <translation>Dywedodd {name}:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="362"/>
        <source>supporter</source>
        <translation>cefnogwr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="363"/>
        <source>advocate</source>
        <translation>eiriolwr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="364"/>
        <source>interpreter</source>
        <translation>cyfieithydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="371"/>
        <source>with support from {supporter} ({role})</source>
        <translation>gyda chymorth {supporter} ({role})</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="375"/>
        <source>with support from their {role}</source>
        <translation>gyda chymorth eu {role}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="383"/>
        <source>{name} agrees</source>
        <translation>Mae {name} yn cytuno</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="386"/>
        <source>{names} and {count} more agree</source>
        <translation>Mae {names} a {count} arall yn cytuno</translation>
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
        <translation>{names} a {last}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="392"/>
        <source>{names} agree</source>
        <translation>Mae {names} yn cytuno</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="397"/>
        <source>Looking back: prompt {number} of {count}</source>
        <translation>Edrych yn ôl: pwnc {number} o {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="401"/>
        <source>Looking back</source>
        <translation>Edrych yn ôl</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="406"/>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="476"/>
        <source>{name}, your turn?</source>
        <translation>{name}, eich tro chi?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="415"/>
        <source>Waiting to speak:</source>
        <translation>Yn aros i siarad:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="419"/>
        <source>+{count} more</source>
        <translation>+{count} arall</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="425"/>
        <source>✓ Yes, that&apos;s right</source>
        <translation>✓ Ie, mae&apos;n iawn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="427"/>
        <source>✎ Change it</source>
        <translation>✎ Newid e</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="432"/>
        <source>Is that right?</source>
        <translation>Ydy hynny&apos;n iawn?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="438"/>
        <source>Page {page} of {pages}</source>
        <translation>Tudalen {page} o {pages}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="435"/>
        <source>{name} is speaking</source>
        <translation>Mae {name} yn siarad</translation>
    </message>
</context>
<context>
    <name>RoomScanning</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="70"/>
        <source>Yes, or change it</source>
        <extracomment>a switch-scanning group: the answers to the read-back after Save.</extracomment>
        <translation>Ie, neu newid e</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="72"/>
        <source>People</source>
        <extracomment>a switch-scanning group: the person tiles.</extracomment>
        <translation>Pobl</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="74"/>
        <source>Quick cards</source>
        <extracomment>a switch-scanning group: the row of cards matching their words, or used lately.</extracomment>
        <translation>Cardiau cyflym</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="76"/>
        <source>Cards</source>
        <extracomment>a switch-scanning group: every picture card shown.</extracomment>
        <translation>Cardiau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="78"/>
        <source>Actions</source>
        <extracomment>a switch-scanning group: Save, Read aloud, Next and Previous prompt, Not now, Clear.</extracomment>
        <translation>Botymau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="82"/>
        <source>Take a card away</source>
        <translation>Tynnu cerdyn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="104"/>
        <source>{name}: no longer agrees</source>
        <extracomment>a switch-scanning choice; {name} is how the person is credited.</extracomment>
        <translation>{name}: ddim yn cytuno mwyach</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="104"/>
        <source>{name} agrees</source>
        <extracomment>a switch-scanning choice; {name} is how the person is credited.</extracomment>
        <translation>{name} yn cytuno</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="107"/>
        <source>{name}: no longer waiting</source>
        <translation>{name}: ddim yn aros mwyach</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="107"/>
        <source>{name} asks to speak</source>
        <translation>{name} eisiau siarad</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="111"/>
        <source>Agree with the newest</source>
        <extracomment>a switch-scanning group: people add their marker to the newest contribution.</extracomment>
        <translation>Cytuno â&apos;r diweddaraf</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="113"/>
        <source>Ask to speak</source>
        <extracomment>a switch-scanning group: people join (or leave) the queue to speak.</extracomment>
        <translation>Gofyn am gael siarad</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="86"/>
        <source>◀ &amp;Previous prompt</source>
        <translation>◀ Pwnc &amp;blaenorol</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="87"/>
        <source>&amp;Next prompt ▶</source>
        <translation>Pwnc &amp;nesaf ▶</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="88"/>
        <source>Previous prompt</source>
        <translation>Pwnc blaenorol</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="89"/>
        <source>Next prompt</source>
        <translation>Pwnc nesaf</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="97"/>
        <source>Who is speaking?</source>
        <translation>Pwy sy&apos;n siarad?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="104"/>
        <source>Shortcut: {key}</source>
        <translation>Llwybr byr: {key}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="111"/>
        <source>&amp;Set up</source>
        <translation>&amp;Paratoi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="112"/>
        <source>P&amp;rint summary…</source>
        <translation>A&amp;rgraffu crynodeb…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="114"/>
        <source>Take-home &amp;files…</source>
        <extracomment>Button: each person&apos;s take-home sheet and certificate (and the summary), saved or printed.</extracomment>
        <translation>&amp;Ffeiliau i fynd adref…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="115"/>
        <source>&amp;Meetings</source>
        <translation>Cyfar&amp;fodydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="125"/>
        <source>🔊 Rea&amp;d aloud</source>
        <translation>🔊 &amp;Darllen yn uchel</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="126"/>
        <source>Read the prompt aloud</source>
        <translation>Darllen y pwnc yn uchel</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="128"/>
        <source>Speec&amp;h…</source>
        <translation>&amp;Lleferydd…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="129"/>
        <source>Speech settings</source>
        <translation>Gosodiadau lleferydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="355"/>
        <source>Scanning has paused: press the switch to start again.</source>
        <translation>Mae&apos;r sganio wedi oedi: gwasgwch y switsh i ddechrau eto.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="378"/>
        <source>{name} is speaking.</source>
        <translation>Mae {name} yn siarad.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="380"/>
        <source>Choose who is speaking.</source>
        <translation>Dewiswch pwy sy&apos;n siarad.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="391"/>
        <source>&amp;Keep {name} speaking after Save</source>
        <extracomment>a check box by Save; {name} is the person speaking now, as credited.</extracomment>
        <translation>Cadw {name} yn &amp;siarad ar ôl cadw</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="393"/>
        <source>&amp;Keep the speaker chosen after Save</source>
        <translation>Cadw&apos;r &amp;siaradwr ar ôl cadw</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="181"/>
        <location filename="../coprod_desktop/ui/room/room_draft.py" line="79"/>
        <source>That is the most cards one contribution can have.</source>
        <translation>Dyna&apos;r nifer fwyaf o gardiau y gall un cyfraniad eu cael.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="467"/>
        <source>Saved what {name} said.</source>
        <translation>Wedi cadw beth ddywedodd {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="561"/>
        <source>Reads the prompt aloud. Escape stops reading.</source>
        <translation>Yn darllen y pwnc yn uchel. Mae Escape yn stopio&apos;r darllen.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="99"/>
        <source>Meeting &amp;title:</source>
        <translation>&amp;Teitl y cyfarfod:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="100"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="100"/>
        <source>Year, month and day</source>
        <translation>Blwyddyn, mis a diwrnod</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="101"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lle:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="103"/>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="103"/>
        <source>The language prompts and words are read aloud in</source>
        <translation>Yr iaith y mae&apos;r pynciau a&apos;r geiriau&apos;n cael eu darllen yn uchel ynddi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="105"/>
        <source>&amp;Reading speed:</source>
        <translation>&amp;Cyflymder darllen:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="106"/>
        <source>Reading &amp;volume:</source>
        <translation>Lefel y &amp;sain:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="140"/>
        <source>Meeting set-up</source>
        <translation>Paratoi&apos;r cyfarfod</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="141"/>
        <source>1. Details</source>
        <translation>1. Manylion</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="142"/>
        <source>2. People</source>
        <translation>2. Pobl</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="143"/>
        <source>3. Prompts</source>
        <translation>3. Pynciau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="144"/>
        <source>4. Cards</source>
        <translation>4. Cardiau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="150"/>
        <source>&amp;Back to meetings</source>
        <translation>&amp;Yn ôl i&apos;r cyfarfodydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="151"/>
        <source>Start the &amp;meeting</source>
        <translation>Dechrau&apos;r cyfar&amp;fod</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="249"/>
        <source>New meeting</source>
        <translation>Cyfarfod newydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="256"/>
        <source>&amp;Create meeting</source>
        <translation>C&amp;reu cyfarfod</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="226"/>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="258"/>
        <source>Set up: {title}</source>
        <translation>Paratoi: {title}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="265"/>
        <source>&amp;Save details</source>
        <translation>Cadw&apos;r &amp;manylion</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="294"/>
        <source>Meeting created. Now add the people taking part.</source>
        <translation>Mae&apos;r cyfarfod wedi&apos;i greu. Nawr ychwanegwch y bobl sy&apos;n cymryd rhan.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="299"/>
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
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="58"/>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="101"/>
        <source>Print summary</source>
        <translation>Argraffu crynodeb</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="59"/>
        <source>Print the summary of this meeting, or save it as a PDF file?</source>
        <translation>Argraffu crynodeb y cyfarfod hwn, neu ei gadw fel ffeil PDF?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="60"/>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="61"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="77"/>
        <source>Save summary as PDF</source>
        <translation>Cadw&apos;r crynodeb fel PDF</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="77"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="82"/>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="102"/>
        <source>Making the summary…</source>
        <translation>Wrthi&apos;n gwneud y crynodeb…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="86"/>
        <source>Summary saved: {path}</source>
        <translation>Crynodeb wedi&apos;i gadw: {path}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="114"/>
        <source>Printing cancelled.</source>
        <translation>Wedi canslo argraffu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="104"/>
        <source>The summary could not be printed: the printer could not be started.</source>
        <translation>Nid oedd modd argraffu&apos;r crynodeb: nid oedd modd cychwyn yr argraffydd.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="105"/>
        <source>The summary could not be printed.</source>
        <translation>Nid oedd modd argraffu&apos;r crynodeb.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="103"/>
        <source>Summary sent to the printer.</source>
        <translation>Crynodeb wedi&apos;i anfon i&apos;r argraffydd.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="106"/>
        <source>The summary could not be made: {reason}</source>
        <translation>Doedd dim modd gwneud y crynodeb: {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="107"/>
        <source>The summary could not be made.</source>
        <translation>Doedd dim modd gwneud y crynodeb.</translation>
    </message>
</context>
<context>
    <name>SupportPicker</name>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="37"/>
        <source>Nobody</source>
        <extracomment>who helped someone contribute: nobody (the first choice of a list).</extracomment>
        <translation>Neb</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="38"/>
        <source>A supporter</source>
        <translation>Cefnogwr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="39"/>
        <source>An advocate</source>
        <translation>Eiriolwr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="40"/>
        <source>An interpreter</source>
        <translation>Cyfieithydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="41"/>
        <source>Supported by</source>
        <translation>Cymorth gan</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="43"/>
        <source>Who helped them make this contribution: shown with their name and printed</source>
        <translation>Pwy wnaeth eu helpu i wneud y cyfraniad hwn: yn dangos gyda&apos;u henw ac yn cael ei argraffu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="45"/>
        <source>S&amp;upported by:</source>
        <translation>Cymor&amp;th gan:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="48"/>
        <source>Supporter&apos;s name (optional)</source>
        <translation>Enw&apos;r cefnogwr (dewisol)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="49"/>
        <source>Leave it empty to credit the support by its kind alone</source>
        <translation>Gadewch yn wag i ddangos y math o gymorth yn unig</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="52"/>
        <source>Name:</source>
        <translation>Enw:</translation>
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
    <name>TakeHomeDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="76"/>
        <source>Take-home sheets and certificates</source>
        <translation>Taflenni i fynd adref a thystysgrifau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="84"/>
        <source>&amp;Easy Read take-home sheets</source>
        <translation>Taflenni Hawdd eu &amp;Darllen i fynd adref</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="85"/>
        <source>&amp;Records of involvement (certificates)</source>
        <translation>Cofnodion c&amp;yfranogiad (tystysgrifau)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="86"/>
        <source>&amp;Group summary</source>
        <translation>&amp;Crynodeb y grŵp</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="88"/>
        <source>Also a copy for screen readers and phones (&amp;web page)</source>
        <extracomment>A check box: each document also as a web page (HTML), which screen readers and phones read well.</extracomment>
        <translation>Hefyd copi ar gyfer darllenwyr sgrin a ffonau (&amp;tudalen we)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="90"/>
        <source>What people said, as a spreads&amp;heet (CSV)</source>
        <extracomment>A check box: every contribution of the meeting saved as a CSV file, one row each, for a spreadsheet.</extracomment>
        <translation>Yr hyn a ddywedodd pobl, fel ta&amp;enlen (CSV)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="93"/>
        <source>The meeting, as an e&amp;xport file to move to another laptop (JSON)</source>
        <extracomment>A check box: the whole meeting saved as a JSON file, to import on another laptop with this app.</extracomment>
        <translation>Y cyfarfod, fel ffeil a&amp;llforio i&apos;w symud i liniadur arall (JSON)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="97"/>
        <source>One for the whole group, whoever is chosen below</source>
        <translation>Un i&apos;r grŵp cyfan, pwy bynnag a ddewisir isod</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="103"/>
        <source>What to make</source>
        <translation>Beth i&apos;w wneud</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="112"/>
        <source>Everyone (in all: {count})</source>
        <extracomment>First in the list of whom to make documents for: everyone in the meeting; {count} is how many.</extracomment>
        <translation>Pawb (i gyd: {count})</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="117"/>
        <source>&amp;For whom:</source>
        <translation>&amp;I bwy:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="120"/>
        <source>For whom</source>
        <translation>I bwy</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="121"/>
        <source>Everyone, or one person, by the name they chose</source>
        <translation>Pawb, neu un person, wrth yr enw a ddewison nhw</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="130"/>
        <source>No take-home sheet or certificate is made for them, as they asked: {names}</source>
        <extracomment>Under &quot;For whom&quot;: the people who said no to take-home documents; {names} is a list of names.</extracomment>
        <translation>Does dim taflen i fynd adref na thystysgrif yn cael eu gwneud iddyn nhw, fel y gofynnon nhw: {names}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="140"/>
        <source>&amp;Save into a folder…</source>
        <translation>Cadw mewn &amp;ffolder…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="141"/>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="142"/>
        <source>&amp;Close</source>
        <translation>Ca&amp;u</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="143"/>
        <source>Save into a folder</source>
        <translation>Cadw mewn ffolder</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="144"/>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="145"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>TakeHomeSaver</name>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="64"/>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="183"/>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="210"/>
        <source>Take-home sheets and certificates</source>
        <translation>Taflenni i fynd adref a thystysgrifau</translation>
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
        <translation>I argraffu, dewiswch un person ac un ddogfen, neu grynodeb y grŵp ar ei ben ei hun.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="126"/>
        <source>Save into which folder?</source>
        <translation>Cadw ym mha ffolder?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="132"/>
        <source>Checking the folder…</source>
        <translation>Yn gwirio&apos;r ffolder…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="143"/>
        <source>Nothing was saved.</source>
        <translation>Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="146"/>
        <source>Making the documents…</source>
        <translation>Yn gwneud y dogfennau…</translation>
    </message>
    <message>
        <source>1 file with this name is already in that folder. Replace it, keep both (new name), or cancel?</source>
        <translation type="vanished">Mae 1 ffeil gyda&apos;r enw hwn yn y ffolder yn barod. Ei disodli, cadw&apos;r ddwy (enw newydd), neu ganslo?</translation>
    </message>
    <message>
        <source>Files with these names already in that folder: {count}. Replace them, keep both (new names), or cancel?</source>
        <translation type="vanished">Ffeiliau gyda&apos;r enwau hyn yn y ffolder yn barod: {count}. Eu disodli, cadw&apos;r ddwy (enwau newydd), neu ganslo?</translation>
    </message>
    <message>
        <source>Files already there</source>
        <translation type="vanished">Ffeiliau yno&apos;n barod</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="vanished">&amp;Disodli</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation type="vanished">Cadw&apos;r &amp;ddwy</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="vanished">Disodli</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="vanished">Cadw&apos;r ddwy</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="166"/>
        <source>Saved 1 file in {folder}.</source>
        <translation>Wedi cadw 1 ffeil yn {folder}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="168"/>
        <source>Files saved in {folder}: {count}.</source>
        <translation>Ffeiliau wedi&apos;u cadw yn {folder}: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="172"/>
        <source>Saved</source>
        <translation>Wedi cadw</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="180"/>
        <source>The documents could not be saved: {reason}</source>
        <translation>Nid oedd modd cadw&apos;r dogfennau: {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="184"/>
        <source>The documents could not be saved.</source>
        <translation>Nid oedd modd cadw&apos;r dogfennau.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="211"/>
        <source>Making the document to print…</source>
        <translation>Yn gwneud y ddogfen i&apos;w hargraffu…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="212"/>
        <source>The document was sent to the printer.</source>
        <translation>Anfonwyd y ddogfen i&apos;r argraffydd.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="213"/>
        <source>The document could not be printed: the printer could not be started.</source>
        <translation>Nid oedd modd argraffu&apos;r ddogfen: nid oedd modd cychwyn yr argraffydd.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="214"/>
        <source>The document could not be printed.</source>
        <translation>Nid oedd modd argraffu&apos;r ddogfen.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="215"/>
        <source>The document could not be made: {reason}</source>
        <translation>Nid oedd modd gwneud y ddogfen: {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="216"/>
        <source>The document could not be made.</source>
        <translation>Nid oedd modd gwneud y ddogfen.</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="150"/>
        <source>Contributions</source>
        <translation>Cyfraniadau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="158"/>
        <source>Nothing has been added for this prompt yet.</source>
        <translation>Does dim byd wedi&apos;i ychwanegu ar gyfer y pwnc hwn eto.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="173"/>
        <source>✎ Correct…</source>
        <extracomment>corrects the contribution that has (or last had) the keyboard focus on the wall.</extracomment>
        <translation>✎ Cywiro…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="174"/>
        <source>Correct the chosen contribution</source>
        <translation>Cywiro&apos;r cyfraniad a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="175"/>
        <source>Enter on a contribution does it too</source>
        <translation>Mae Enter ar gyfraniad yn gwneud hyn hefyd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="269"/>
        <source>Show earlier contributions ({n} more)</source>
        <translation>Dangos cyfraniadau cynharach ({n} arall)</translation>
    </message>
</context>
</TS>
