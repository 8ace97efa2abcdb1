<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK" sourcelanguage="en_GB">
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="43"/>
        <source> seconds</source>
        <translation> سیکنڈ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="53"/>
        <source>Display and access</source>
        <translation>ڈسپلے اور رسائی</translation>
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
        <translation>اسکرین پر کم حرکت</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="78"/>
        <source>No moving highlight while words are read, no animations, no blinking cursor</source>
        <translation>الفاظ پڑھتے وقت کوئی حرکت کرتی نمایاں روشنی نہیں، کوئی اینیمیشن نہیں، جھپکتا کرسر نہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="81"/>
        <source>Switch access in the room</source>
        <translation>میٹنگ میں سوئچ سے رسائی</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="84"/>
        <source>One switch: the highlight moves by itself</source>
        <translation>ایک سوئچ: نمایاں روشنی خود آگے بڑھتی ہے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="85"/>
        <source>Two switches: one moves, one chooses</source>
        <translation>دو سوئچ: ایک آگے بڑھاتا ہے، ایک چنتا ہے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="89"/>
        <source>Say each item as it is highlighted</source>
        <translation>ہر چیز نمایاں ہونے پر بول کر بتائیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="98"/>
        <source>&amp;Language of the app:</source>
        <translation>ایپ کی زبان (&amp;L):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="99"/>
        <source>&amp;Colours:</source>
        <translation>رنگ (&amp;C):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="99"/>
        <source>High contrast themes have the strongest contrast</source>
        <translation>ہائی کنٹراسٹ تھیمز میں سب سے زیادہ کنٹراسٹ ہوتا ہے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="100"/>
        <source>&amp;Text size:</source>
        <translation>متن کا سائز (&amp;T):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="101"/>
        <source>&amp;Font:</source>
        <translation>فونٹ (&amp;F):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="103"/>
        <source>Seeing</source>
        <translation>دیکھنا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="110"/>
        <source>&amp;Which screen:</source>
        <translation>کون سی اسکرین (&amp;W):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="112"/>
        <source>With one screen the display covers the console; Escape brings the console back</source>
        <translation>ایک ہی اسکرین ہو تو کمرے کی اسکرین کنٹرول اسکرین کو ڈھانپ لیتی ہے؛ Escape سے کنٹرول اسکرین واپس آتی ہے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="114"/>
        <source>Text si&amp;ze:</source>
        <translation>متن کا سائز (&amp;Z):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="115"/>
        <source>C&amp;olours:</source>
        <translation>رنگ (&amp;O):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="117"/>
        <source>Room display: which screen</source>
        <translation>کمرے کی اسکرین: کون سی اسکرین</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="118"/>
        <source>Room display: text size</source>
        <translation>کمرے کی اسکرین: متن کا سائز</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="119"/>
        <source>Room display: colours</source>
        <translation>کمرے کی اسکرین: رنگ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="120"/>
        <source>Room display</source>
        <translation>کمرے کی اسکرین</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="125"/>
        <source>&amp;Switches:</source>
        <translation>سوئچ (&amp;S):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="127"/>
        <source>Time on each &amp;item:</source>
        <translation>ہر چیز پر وقت (&amp;I):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="127"/>
        <source>How long the highlight stays, 0.5 to 10 seconds</source>
        <translation>نمایاں روشنی کتنی دیر رہے، 0.5 سے 10 سیکنڈ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="131"/>
        <source>E&amp;xtra time on the first item:</source>
        <translation>پہلی چیز پر اضافی وقت (&amp;X):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="133"/>
        <source>Time to get ready after a choice</source>
        <translation>چننے کے بعد تیار ہونے کا وقت</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="137"/>
        <source>&amp;Hold the switch for:</source>
        <translation>سوئچ کو اتنی دیر دبائے رکھیں (&amp;H):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="139"/>
        <source>A press counts only when held this long; 0 counts every press</source>
        <translation>دبانا تب ہی گنا جائے گا جب اتنی دیر دبایا جائے؛ 0 ہر دبانے کو گنتا ہے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="142"/>
        <source>Switch access</source>
        <translation>سوئچ سے رسائی</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="182"/>
        <source>Choose for me</source>
        <translation>میرے لیے چنیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="189"/>
        <source>{name} (not connected now)</source>
        <extracomment>A screen chosen before (its name from the system) that is not plugged in now.</extracomment>
        <translation>{name} (ابھی جڑی ہوئی نہیں)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="232"/>
        <source>Screen {number}: {width} × {height}</source>
        <extracomment>A screen in the list of screens the room display can be shown on, when it has no name.</extracomment>
        <translation>اسکرین {number}: {width} × {height}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="236"/>
        <source>Screen {number}: {name} {width} × {height}</source>
        <extracomment>A screen in the list of screens the room display can be shown on: its number, name and size.</extracomment>
        <translation>اسکرین {number}: {name} {width} × {height}</translation>
    </message>
</context>
<context>
    <name>AfterMeetingPanel</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="75"/>
        <source>After the meeting: for the take-home sheets</source>
        <translation>اجلاس کے بعد: گھر لے جانے والے کاغذات کے لیے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="78"/>
        <source>Printed on everyone&apos;s sheet. Leave out what you do not need.</source>
        <translation>ہر ایک کے کاغذ پر چھپتا ہے۔ جو ضروری نہیں وہ چھوڑ دیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="90"/>
        <source>P&amp;urpose of the meeting:</source>
        <translation>اجلاس کا مقصد: (&amp;U)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="90"/>
        <source>Why we met, in one short line</source>
        <translation>ہم کیوں ملے، ایک مختصر سطر میں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="93"/>
        <source>&amp;What the group decided, one on each line:</source>
        <translation>گروپ نے کیا فیصلہ کیا، ہر سطر میں ایک: (&amp;W)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="95"/>
        <source>Each decision on a line of its own</source>
        <translation>ہر فیصلہ الگ سطر میں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="99"/>
        <source>What happens &amp;next, one on each line:</source>
        <translation>آگے کیا ہوگا، ہر سطر میں ایک: (&amp;N)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="101"/>
        <source>Each next step on a line of its own, for example who does what</source>
        <translation>ہر اگلا قدم الگ سطر میں، مثلاً کون کیا کرے گا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="103"/>
        <source>Ne&amp;xt meeting:</source>
        <translation>اگلا اجلاس: (&amp;X)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="103"/>
        <source>When and where we meet next</source>
        <translation>ہم اگلی بار کب اور کہاں ملیں گے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="104"/>
        <source>Who to c&amp;ontact:</source>
        <translation>کس سے رابطہ کریں: (&amp;O)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="104"/>
        <source>A name and how to reach them</source>
        <translation>ایک نام اور ان تک پہنچنے کا طریقہ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="106"/>
        <source>Starts &amp;at (like 14:00):</source>
        <extracomment>14:00 shows how a time must be typed (24-hour clock): keep it as it is.</extracomment>
        <translation>شروع (جیسے 14:00): (&amp;A)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="108"/>
        <source>&amp;Ends at (like 15:30):</source>
        <extracomment>15:30 shows how a time must be typed (24-hour clock): keep it as it is.</extracomment>
        <translation>ختم (جیسے 15:30): (&amp;E)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="111"/>
        <source>Printed as the author of every document. Kept on this laptop for every meeting, not just this one.</source>
        <translation>ہر دستاویز کے مصنف کے طور پر چھپتا ہے۔ اس لیپ ٹاپ پر ہر اجلاس کے لیے محفوظ، صرف اس کے لیے نہیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="113"/>
        <source>Your or&amp;ganisation, for every meeting:</source>
        <translation>آپ کی تنظیم، ہر اجلاس کے لیے: (&amp;G)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="119"/>
        <source>Save for the take-&amp;home sheets</source>
        <translation>گھر کے کاغذات کے لیے محفوظ کریں (&amp;H)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="227"/>
        <source>Saved for the take-home sheets.</source>
        <translation>گھر کے کاغذات کے لیے محفوظ ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="56"/>
        <source>Standard</source>
        <extracomment>A colour scheme for the whole app, chosen from a list in Display and access.</extracomment>
        <translation>معیاری</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="85"/>
        <source>High contrast light</source>
        <extracomment>A colour scheme for the whole app, chosen from a list in Display and access.</extracomment>
        <translation>ہائی کنٹراسٹ ہلکا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="113"/>
        <source>High contrast dark</source>
        <extracomment>A colour scheme for the whole app, chosen from a list in Display and access.</extracomment>
        <translation>ہائی کنٹراسٹ گہرا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="140"/>
        <source>Cream background</source>
        <extracomment>A colour scheme for the whole app, chosen from a list in Display and access.</extracomment>
        <translation>کریم رنگ کا پس منظر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="183"/>
        <source>Atkinson Hyperlegible (clear letters)</source>
        <extracomment>A font for the whole app, chosen from a list. &apos;Atkinson Hyperlegible&apos; and &apos;OpenDyslexic&apos; are names: keep them; translate the words in brackets.</extracomment>
        <translation>Atkinson Hyperlegible (صاف حروف)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="184"/>
        <source>OpenDyslexic (for dyslexia)</source>
        <extracomment>A font for the whole app, chosen from a list. &apos;Atkinson Hyperlegible&apos; and &apos;OpenDyslexic&apos; are names: keep them; translate the words in brackets.</extracomment>
        <translation>OpenDyslexic (ڈسلیکسیا کے لیے)</translation>
    </message>
</context>
<context>
    <name>AudioExporter</name>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="37"/>
        <source>Save their words as audio</source>
        <translation>باتیں آواز کی فائل میں محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="37"/>
        <source>Sound files (*.wav)</source>
        <translation>آواز کی فائلیں (*.wav)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="42"/>
        <source>Making the sound file…</source>
        <translation>آواز کی فائل بن رہی ہے…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="50"/>
        <source>Sound file saved: {path}</source>
        <translation>آواز کی فائل محفوظ ہو گئی: {path}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="55"/>
        <source>Save as audio</source>
        <translation>آواز کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="54"/>
        <source>The sound file could not be made: {reason}</source>
        <translation>آواز کی فائل نہیں بن سکی: {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="56"/>
        <source>The sound file could not be made.</source>
        <translation>آواز کی فائل نہیں بن سکی۔</translation>
    </message>
</context>
<context>
    <name>BackupKeeper</name>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="76"/>
        <source>Backed up automatically at {when}. Meetings: {meetings}. Contributions: {contributions}.</source>
        <extracomment>Status line after an automatic backup. {when}: a date and time; {meetings}, {contributions}: numbers.</extracomment>
        <translation>خودکار بیک اپ {when} پر۔ اجلاس: {meetings}۔ شراکتیں: {contributions}۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="84"/>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="105"/>
        <source>Backing up…</source>
        <translation>بیک اپ بن رہا ہے…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="96"/>
        <source>Back up to</source>
        <translation>بیک اپ یہاں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="96"/>
        <source>Meeting backups (*.db)</source>
        <translation>اجلاسوں کے بیک اپ (*.db)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="114"/>
        <source>Backed up to {path} at {when}. Meetings: {meetings}. Contributions: {contributions}.</source>
        <extracomment>{path}: where the backup was saved; {when}: a date and time; {meetings}, {contributions}: numbers.</extracomment>
        <translation>بیک اپ {path} میں {when} پر۔ اجلاس: {meetings}۔ شراکتیں: {contributions}۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="118"/>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="136"/>
        <source>Backup</source>
        <translation>بیک اپ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="133"/>
        <source>The backup was not made: {reason}</source>
        <extracomment>Status line when a backup fails; {reason} says why. The meeting goes on.</extracomment>
        <translation>بیک اپ نہیں بنا: {reason}</translation>
    </message>
</context>
<context>
    <name>CardBringer</name>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="80"/>
        <source>Bring in photos, pictures or a board</source>
        <translation>تصاویر، خاکے یا بورڈ شامل کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="82"/>
        <source>Pictures and AAC boards ({pictures} *.obf *.obz);;All files (*)</source>
        <translation>تصاویر اور AAC بورڈ ({pictures} *.obf *.obz);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="118"/>
        <source>Reading {file}…</source>
        <translation>{file} پڑھی جا رہی ہے…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="150"/>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="226"/>
        <source>Getting {file} ready…</source>
        <translation>{file} تیار ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="163"/>
        <source>Added the picture card “{card}”.</source>
        <translation>تصویری کارڈ “{card}” شامل ہو گیا۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="192"/>
        <source>Save the cards as a board</source>
        <translation>کارڈ بورڈ کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="194"/>
        <source>Open Board packages (*.obz)</source>
        <translation>Open Board پیکج (*.obz)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="199"/>
        <source>Saving the cards…</source>
        <translation>کارڈ محفوظ ہو رہے ہیں…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="202"/>
        <source>Cards saved as a board: {path}</source>
        <translation>کارڈ بورڈ کے طور پر محفوظ ہو گئے: {path}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="219"/>
        <source>Their photo</source>
        <translation>ان کی تصویر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="221"/>
        <source>Photos ({pictures})</source>
        <translation>تصاویر ({pictures})</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="240"/>
        <source>Saved the photo of {name}.</source>
        <translation>{name} کی تصویر محفوظ ہو گئی۔</translation>
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
        <translation>{card}، منتخب</translation>
    </message>
</context>
<context>
    <name>CardsEditor</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="67"/>
        <source>Groups of cards shown in the room</source>
        <translation>کارڈوں کے گروپ جو کمرے میں دکھائے جائیں گے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="68"/>
        <source>Space ticks or clears a group.</source>
        <translation>اسپیس سے گروپ پر نشان لگتا یا ہٹتا ہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="85"/>
        <source>Cards in this group: ticked ones show in the room</source>
        <translation>اس گروپ کے کارڈ: نشان والے کمرے میں دکھیں گے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="88"/>
        <source>&amp;Bring in photos, pictures or a board…</source>
        <translation>تصاویر، خاکے یا بورڈ شامل کریں (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="90"/>
        <source>Photos and pictures (JPEG, PNG …) or AAC boards (.obf, .obz). You can also drop files here.</source>
        <translation>تصاویر اور خاکے (JPEG, PNG …) یا AAC بورڈ (.obf, .obz)۔ آپ فائلیں یہاں چھوڑ بھی سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="92"/>
        <source>&amp;Save these cards as a board (.obz)…</source>
        <translation>یہ کارڈ بورڈ (.obz) کے طور پر محفوظ کریں (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="93"/>
        <source>&amp;Remove a card that was brought in</source>
        <translation>شامل کیا گیا کارڈ ہٹائیں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="109"/>
        <source>Groups shown in the room:</source>
        <translation>کمرے میں دکھائے جانے والے گروپ:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="112"/>
        <source>Cards in the group (untick to hide one):</source>
        <translation>گروپ کے کارڈ (چھپانے کے لیے نشان ہٹائیں):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="245"/>
        <source>The room will show the ticked cards.</source>
        <translation>کمرے میں نشان والے کارڈ دکھیں گے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="250"/>
        <source>Choose a card that was brought in first.</source>
        <translation>پہلے شامل کیا گیا کوئی کارڈ چنیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="258"/>
        <source>Card removed.</source>
        <translation>کارڈ ہٹا دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>ChosenCards</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="316"/>
        <source>Remove {card}</source>
        <translation>{card} ہٹائیں</translation>
    </message>
</context>
<context>
    <name>CleanUpDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="108"/>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="200"/>
        <source>Clean up old meetings</source>
        <translation>پرانی میٹنگیں صاف کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="110"/>
        <source>These meetings are older than you keep them. Untick any you want to keep.</source>
        <translation>یہ میٹنگیں اس مدت سے پرانی ہیں جتنی آپ انہیں رکھتے ہیں۔ جو رکھنی ہو اس کا نشان ہٹا دیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="111"/>
        <source>&amp;Meetings to delete:</source>
        <translation>حذف کرنے والی میٹنگیں (&amp;M):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="113"/>
        <source>Meetings to delete</source>
        <translation>حذف کرنے والی میٹنگیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="114"/>
        <source>Press Space to tick or untick a meeting.</source>
        <translation>میٹنگ پر نشان لگانے یا ہٹانے کے لیے Space دبائیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="132"/>
        <source>A backup is made first. Backups keep these meetings until the backups expire. People are kept: erase them in People on this laptop.</source>
        <translation>پہلے بیک اپ بنتا ہے۔ بیک اپ کی مدت ختم ہونے تک ان میں یہ میٹنگیں رہتی ہیں۔ لوگ رکھے جاتے ہیں: انہیں “اس لیپ ٹاپ پر لوگ” میں مٹائیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="145"/>
        <source>&amp;Delete…</source>
        <translation>حذف کریں (&amp;D)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="146"/>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="148"/>
        <source>Delete the ticked meetings, after a backup. You are asked first.</source>
        <translation>بیک اپ کے بعد نشان لگی میٹنگیں حذف کریں۔ پہلے آپ سے پوچھا جاتا ہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="163"/>
        <source>No meetings are older than you keep them.</source>
        <translation>کوئی میٹنگ اس مدت سے پرانی نہیں جتنی آپ انہیں رکھتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="173"/>
        <source>{title} — {date} — Contributions: {count}</source>
        <extracomment>One meeting to clean up. {title}: its title; {date}: its date in words; {count}: a number.</extracomment>
        <translation>{title} — {date} — باتیں: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="190"/>
        <source>Delete the meetings ticked?</source>
        <translation>نشان لگی میٹنگیں حذف کریں؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="192"/>
        <source>Meetings: {meetings}. Contributions: {contributions}.</source>
        <extracomment>Before deleting. {meetings}, {contributions}: numbers.</extracomment>
        <translation>میٹنگیں: {meetings}۔ باتیں: {contributions}۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="195"/>
        <source>A backup is made first. If it cannot be made, nothing is deleted.</source>
        <translation>پہلے بیک اپ بنتا ہے۔ اگر یہ نہ بن سکے تو کچھ حذف نہیں ہوتا۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="201"/>
        <source>&amp;Delete</source>
        <translation>حذف کریں (&amp;D)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="202"/>
        <source>&amp;Keep them</source>
        <translation>انہیں رکھیں (&amp;K)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="213"/>
        <source>Making a backup first…</source>
        <translation>پہلے بیک اپ بن رہا ہے…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="223"/>
        <source>The backup was not made, so nothing was deleted. {reason}</source>
        <extracomment>The backup before a clean-up failed. {reason}: why.</extracomment>
        <translation>بیک اپ نہیں بنا، اس لیے کچھ حذف نہیں ہوا۔ {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="244"/>
        <source>The backup was made.</source>
        <translation>بیک اپ بن گیا۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="250"/>
        <source>Meetings deleted: {count}</source>
        <translation>حذف شدہ میٹنگیں: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="254"/>
        <source>People left with no meeting: {count}. To erase them, use People on this laptop.</source>
        <extracomment>After a clean-up. {count}: people who now take part in no meeting (they are kept).</extracomment>
        <translation>لوگ جن کی اب کوئی میٹنگ نہیں: {count}۔ انہیں مٹانے کے لیے “اس لیپ ٹاپ پر لوگ” استعمال کریں۔</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="37"/>
        <source>Normal cards</source>
        <translation>عام کارڈ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="38"/>
        <source>Large cards</source>
        <translation>بڑے کارڈ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="39"/>
        <source>Very large cards</source>
        <translation>بہت بڑے کارڈ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="40"/>
        <source>Huge cards</source>
        <translation>سب سے بڑے کارڈ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="182"/>
        <source>Find a card…</source>
        <translation>کارڈ تلاش کریں…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="183"/>
        <source>Find a card</source>
        <translation>کارڈ تلاش کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="185"/>
        <source>Type a word; the cards that match show below. Ctrl+F comes back here from anywhere in the room.</source>
        <translation>کوئی لفظ لکھیں؛ ملتے جلتے کارڈ نیچے دکھائی دیں گے۔ Ctrl+F کمرے میں کہیں سے بھی یہاں واپس لاتا ہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="191"/>
        <source>Which picture cards to show</source>
        <translation>کون سے تصویری کارڈ دکھائیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="196"/>
        <source>Card size</source>
        <translation>کارڈ کا سائز</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="197"/>
        <source>Ctrl+Plus and Ctrl+Minus also change it</source>
        <translation>Ctrl+Plus اور Ctrl+Minus سے بھی یہ بدلتا ہے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="198"/>
        <source>Picture cards: press Enter or Space to add one</source>
        <translation>تصویری کارڈ: کارڈ شامل کرنے کے لیے Enter یا اسپیس دبائیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="203"/>
        <source>Quick cards</source>
        <translation>فوری کارڈ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="206"/>
        <source>Cards chosen: press Delete to take one away</source>
        <translation>چنے گئے کارڈ: کوئی کارڈ ہٹانے کے لیے Delete دبائیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="207"/>
        <source>Chosen (click one to take it away):</source>
        <translation>چنے گئے (ہٹانے کے لیے کارڈ پر کلک کریں):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="212"/>
        <source>Their words</source>
        <translation>ان کی باتیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="214"/>
        <source>Type what they said, word for word. Ctrl+Enter saves. Ctrl+1 to Ctrl+6 add a matching card.</source>
        <translation>جو انہوں نے کہا، لفظ بہ لفظ لکھیں۔ Ctrl+Enter سے محفوظ ہو گا۔ Ctrl+1 سے Ctrl+6 تک ملتا جلتا کارڈ شامل کرتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="216"/>
        <source>Type what they said, word for word</source>
        <translation>جو انہوں نے کہا، لفظ بہ لفظ لکھیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="218"/>
        <source>Their &amp;words:</source>
        <translation>ان کی باتیں (&amp;W):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="222"/>
        <location filename="../coprod_desktop/ui/room/composer.py" line="223"/>
        <source>Save contribution</source>
        <translation>بات محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="224"/>
        <source>Shortcut: Ctrl+Enter</source>
        <translation>شارٹ کٹ: Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="226"/>
        <source>Clear</source>
        <translation>صاف کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="227"/>
        <source>Clear the cards and words</source>
        <translation>کارڈ اور باتیں صاف کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="240"/>
        <source>&amp;Cards:</source>
        <translation>کارڈ (&amp;C):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="244"/>
        <source>&amp;Group:</source>
        <extracomment>the label of the drop-down list of card groups (All cards, Feelings, Food...).</extracomment>
        <translation>گروپ (&amp;G):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="246"/>
        <source>Si&amp;ze:</source>
        <translation>سائز (&amp;Z):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="342"/>
        <source>All cards</source>
        <translation>تمام کارڈ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="360"/>
        <source>For their words:</source>
        <translation>باتوں کے مطابق:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="360"/>
        <source>Used lately:</source>
        <translation>حال ہی میں استعمال ہوئے:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="362"/>
        <source>Add {card}</source>
        <translation>{card} شامل کریں</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="73"/>
        <source>Consent: {name}</source>
        <extracomment>The window title; {name} is the person&apos;s full name.</extracomment>
        <translation>اجازت: {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="81"/>
        <source>What they agree to now, and every answer they gave. Change any answer, then press Record.</source>
        <translation>وہ ابھی کس بات کی اجازت دیتے ہیں، اور ان کا ہر جواب۔ کوئی جواب بدلیں، پھر “درج کریں” دبائیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="89"/>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="450"/>
        <source>Full name</source>
        <translation>پورا نام</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="90"/>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="451"/>
        <source>First name</source>
        <translation>پہلا نام</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="91"/>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="452"/>
        <source>Initials</source>
        <translation>نام کے پہلے حروف</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="92"/>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="453"/>
        <source>A name they choose</source>
        <translation>ان کا چنا ہوا نام</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="93"/>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="454"/>
        <source>Not named (anonymous)</source>
        <translation>نام نہیں (گمنام)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="96"/>
        <source>Not asked yet</source>
        <translation>ابھی نہیں پوچھا گیا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="100"/>
        <source>How they are named</source>
        <translation>ان کا نام کیسے دکھے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="103"/>
        <source>&amp;Name them as:</source>
        <translation>ان کا نام اس طرح دکھائیں (&amp;N):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="104"/>
        <source>How their name appears beside what they say, on screen and on paper</source>
        <translation>ان کی بات کے ساتھ ان کا نام کیسے دکھے، اسکرین پر اور کاغذ پر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="108"/>
        <source>C&amp;hosen name:</source>
        <translation>چنا ہوا نام (&amp;H):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="108"/>
        <source>The name they want to be credited as</source>
        <translation>وہ نام جو وہ دکھانا چاہتے ہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="115"/>
        <source>&amp;Take-home documents</source>
        <translation>گھر لے جانے والے کاغذات (&amp;T)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="116"/>
        <source>Their &amp;words outside the room</source>
        <translation>کمرے سے باہر ان کی باتیں (&amp;W)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="117"/>
        <source>Ph&amp;oto</source>
        <translation>تصویر (&amp;O)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="118"/>
        <source>&amp;Sharing their communication profile</source>
        <translation>ان کا رابطے کا پروفائل شیئر کرنا (&amp;S)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="122"/>
        <source>Yes: make take-home sheets and a record of involvement for them.</source>
        <translation>ہاں: ان کے لیے گھر لے جانے والے کاغذات اور شرکت کا ریکارڈ بنائیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="123"/>
        <source>No: make no take-home documents for them.</source>
        <translation>نہیں: ان کے لیے گھر لے جانے والے کاغذات نہ بنائیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="126"/>
        <source>Yes: their words can go in the summary and in saved files.</source>
        <translation>ہاں: ان کی باتیں خلاصے اور محفوظ فائلوں میں جا سکتی ہیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="127"/>
        <source>No: their words stay in the room.</source>
        <translation>نہیں: ان کی باتیں کمرے میں ہی رہیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="130"/>
        <source>Yes: a photo of them can be kept and shown.</source>
        <translation>ہاں: ان کی تصویر رکھی اور دکھائی جا سکتی ہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="131"/>
        <source>No photo of them. Any photo is deleted.</source>
        <translation>ان کی کوئی تصویر نہیں۔ ہر تصویر مٹا دی جاتی ہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="134"/>
        <source>Yes: their communication profile can go in files for another laptop.</source>
        <translation>ہاں: ان کا رابطے کا پروفائل دوسرے لیپ ٹاپ کی فائلوں میں جا سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="135"/>
        <source>No: their profile stays on this laptop.</source>
        <translation>نہیں: ان کا پروفائل اسی لیپ ٹاپ پر رہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="164"/>
        <source>In person</source>
        <translation>آمنے سامنے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="165"/>
        <source>With an Easy Read form</source>
        <translation>آسان مطالعہ فارم کے ساتھ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="166"/>
        <source>Through a supporter</source>
        <translation>کسی مددگار کے ذریعے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="167"/>
        <source>By phone or email</source>
        <translation>فون یا ای میل سے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="168"/>
        <source>Not noted</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="175"/>
        <source>How was this &amp;asked?</source>
        <translation>یہ کیسے پوچھا گیا (&amp;A)؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="175"/>
        <source>Kept with each answer recorded</source>
        <translation>ہر درج جواب کے ساتھ رکھا جاتا ہے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="177"/>
        <source>What were they to&amp;ld?</source>
        <translation>انہیں کیا بتایا گیا (&amp;L)؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="178"/>
        <source>What they were told it is for, in your own words. Kept with each answer recorded.</source>
        <translation>انہیں کیا بتایا گیا کہ یہ کس لیے ہے، آپ کے اپنے الفاظ میں۔ ہر درج جواب کے ساتھ رکھا جاتا ہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="182"/>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="193"/>
        <source>Every answer they gave, newest first</source>
        <translation>ان کا ہر جواب، تازہ ترین پہلے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="195"/>
        <source>&amp;Record</source>
        <translation>درج کریں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="196"/>
        <source>Record</source>
        <translation>درج کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="197"/>
        <source>Record every answer you changed</source>
        <translation>ہر بدلا ہوا جواب درج کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="198"/>
        <source>&amp;Close</source>
        <translation>بند کریں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="199"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="251"/>
        <source>This person is no longer on this laptop.</source>
        <translation>یہ شخص اب اس لیپ ٹاپ پر نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="264"/>
        <source>Nothing recorded yet.</source>
        <translation>ابھی کچھ درج نہیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="297"/>
        <source>No answer has changed. Change an answer first, then press Record.</source>
        <translation>کوئی جواب نہیں بدلا۔ پہلے کوئی جواب بدلیں، پھر “درج کریں” دبائیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="300"/>
        <source>Taking back consent deletes their photo now. Go on?</source>
        <translation>اجازت واپس لینے سے ان کی تصویر ابھی مٹ جائے گی۔ جاری رکھیں؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="503"/>
        <source>Photo consent</source>
        <extracomment>{choice} is how they are named, e.g. &quot;First name&quot;. In the consent history; {choice} is how they chose to be named, e.g. &quot;Initials&quot;. In the consent history: {date}, what they said, and how they were asked. In the consent history: {date} and what they said. In the consent history, after the answer: what the person was told when asked. The title of the question asked before photo consent is taken back.</extracomment>
        <translation>تصویر کی اجازت</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="425"/>
        <source>Now: not asked yet. Each meeting&apos;s choice is used.</source>
        <translation>ابھی: نہیں پوچھا گیا۔ ہر میٹنگ کی اپنی پسند استعمال ہوتی ہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="427"/>
        <source>Now: not named. They are shown as Anonymous everywhere.</source>
        <translation>ابھی: نام نہیں۔ ہر جگہ انہیں “گمنام” دکھایا جاتا ہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="429"/>
        <source>Now: {choice}</source>
        <extracomment>{choice} is how they are named, e.g. &quot;First name&quot;.</extracomment>
        <translation>ابھی: {choice}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="435"/>
        <source>Now: yes, take-home documents are made for them.</source>
        <translation>ابھی: ہاں، ان کے لیے گھر لے جانے والے کاغذات بنتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="436"/>
        <source>Now: no take-home documents are made for them.</source>
        <translation>ابھی: ان کے لیے گھر لے جانے والے کاغذات نہیں بنتے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="437"/>
        <source>Now: yes, their words can go in summaries and saved files.</source>
        <translation>ابھی: ہاں، ان کی باتیں خلاصوں اور محفوظ فائلوں میں جا سکتی ہیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="438"/>
        <source>Now: their words stay in the room.</source>
        <translation>ابھی: ان کی باتیں کمرے میں ہی رہتی ہیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="439"/>
        <source>Now: yes, a photo of them can be used.</source>
        <translation>ابھی: ہاں، ان کی تصویر استعمال ہو سکتی ہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="440"/>
        <source>Now: no photo of them is kept.</source>
        <translation>ابھی: ان کی کوئی تصویر نہیں رکھی جاتی۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="441"/>
        <source>Now: yes, their profile can go in files for another laptop.</source>
        <translation>ابھی: ہاں، ان کا پروفائل دوسرے لیپ ٹاپ کی فائلوں میں جا سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="442"/>
        <source>Now: their profile stays on this laptop.</source>
        <translation>ابھی: ان کا پروفائل اسی لیپ ٹاپ پر رہتا ہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="457"/>
        <source>said yes to take-home sheets</source>
        <translation>گھر لے جانے والے کاغذات کی اجازت دی</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="458"/>
        <source>said no to take-home sheets</source>
        <translation>گھر لے جانے والے کاغذات سے انکار کیا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="459"/>
        <source>said yes to their words being used outside the room</source>
        <translation>کمرے سے باہر اپنی باتیں استعمال کرنے کی اجازت دی</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="460"/>
        <source>said no to their words being used outside the room</source>
        <translation>کمرے سے باہر اپنی باتیں استعمال کرنے سے انکار کیا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="461"/>
        <source>said yes to a photo</source>
        <translation>تصویر کی اجازت دی</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="462"/>
        <source>said no to a photo</source>
        <translation>تصویر سے انکار کیا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="463"/>
        <source>said yes to sharing their profile</source>
        <translation>اپنا پروفائل شیئر کرنے کی اجازت دی</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="464"/>
        <source>said no to sharing their profile</source>
        <translation>اپنا پروفائل شیئر کرنے سے انکار کیا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="468"/>
        <source>chose to be named by: {choice}</source>
        <extracomment>In the consent history; {choice} is how they chose to be named, e.g. &quot;Initials&quot;.</extracomment>
        <translation>نام کے لیے یہ چنا: {choice}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="472"/>
        <source>in person</source>
        <translation>آمنے سامنے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="473"/>
        <source>with an Easy Read form</source>
        <translation>آسان مطالعہ فارم کے ساتھ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="474"/>
        <source>through a supporter</source>
        <translation>کسی مددگار کے ذریعے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="475"/>
        <source>by phone or email</source>
        <translation>فون یا ای میل سے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="479"/>
        <source>{date}: {what}, {how}.</source>
        <extracomment>In the consent history: {date}, what they said, and how they were asked.</extracomment>
        <translation>{date}: {what}، {how}۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="482"/>
        <source>{date}: {what}.</source>
        <extracomment>In the consent history: {date} and what they said.</extracomment>
        <translation>{date}: {what}۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="485"/>
        <source>Told: {told}</source>
        <extracomment>In the consent history, after the answer: what the person was told when asked.</extracomment>
        <translation>بتایا گیا: {told}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="487"/>
        <source>Note: {note}</source>
        <translation>نوٹ: {note}</translation>
    </message>
</context>
<context>
    <name>ContributionCard</name>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="66"/>
        <source>Press Enter to correct it.</source>
        <translation>درست کرنے کے لیے Enter دبائیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="73"/>
        <source>{name} said:</source>
        <extracomment>the credit above a contribution on the wall; {name} is the person as they chose to be credited.</extracomment>
        <translation>{name} نے کہا:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="109"/>
        <source>Cards: {cards}</source>
        <translation>کارڈ: {cards}</translation>
    </message>
</context>
<context>
    <name>ContributionDetails</name>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="21"/>
        <source>supporter</source>
        <translation>مددگار</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="22"/>
        <source>advocate</source>
        <translation>ایڈووکیٹ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="23"/>
        <source>interpreter</source>
        <translation>ترجمان</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="41"/>
        <source>{names} and {last}</source>
        <extracomment>joins the last two of several names: &quot;Priya, Sam and Dot&quot;.</extracomment>
        <translation>{names} اور {last}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="41"/>
        <source>, </source>
        <extracomment>joins the last two of several names: &quot;Priya, Sam and Dot&quot;.</extracomment>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="53"/>
        <source>With support from {supporter} ({role}).</source>
        <translation>{supporter} ({role}) کی مدد سے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="59"/>
        <source>With support from their {role}.</source>
        <extracomment>under a contribution made with the help of someone not named.</extracomment>
        <translation>اپنے {role} کی مدد سے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="62"/>
        <source>✓ Confirmed: they said this is right.</source>
        <extracomment>under a contribution the person heard read back and said was right.</extracomment>
        <translation>✓ تصدیق شدہ: انہوں نے کہا کہ یہ ٹھیک ہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="66"/>
        <source>{name} agrees.</source>
        <extracomment>under a contribution; {name} added their marker to say they agree.</extracomment>
        <translation>{name} متفق ہیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="69"/>
        <source>{names} agree.</source>
        <extracomment>under a contribution; {names} is a list of people who agree with it.</extracomment>
        <translation>{names} متفق ہیں۔</translation>
    </message>
</context>
<context>
    <name>CorrectingPanel</name>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="61"/>
        <source>Their words, corrected</source>
        <translation>ان کی باتیں، درست کی ہوئی</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="63"/>
        <source>W&amp;ords:</source>
        <translation>باتیں (&amp;O):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="66"/>
        <source>Its cards: press Delete to take one away</source>
        <translation>اس کے کارڈ: کارڈ ہٹانے کے لیے Delete دبائیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="69"/>
        <source>Cards: choose one in the picker below to add it; click one here to take it away.</source>
        <translation>کارڈ: شامل کرنے کے لیے نیچے سے کارڈ چنیں؛ ہٹانے کے لیے یہاں کارڈ پر کلک کریں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="74"/>
        <source>Nobody</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="77"/>
        <source>Supported by</source>
        <translation>کس کی مدد سے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="78"/>
        <source>Supported b&amp;y:</source>
        <translation>کس کی مدد سے (&amp;Y):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="81"/>
        <source>Their supporter&apos;s name</source>
        <translation>مددگار کا نام</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="82"/>
        <source>Name (optional)</source>
        <translation>نام (اختیاری)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="84"/>
        <source>Save changes</source>
        <translation>تبدیلیاں محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="85"/>
        <source>Saves the words, cards and support as shown</source>
        <translation>باتیں، کارڈ اور مدد ویسے ہی محفوظ کرتا ہے جیسے دکھ رہے ہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="90"/>
        <source>Credit to</source>
        <translation>یہ کس نے کہا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="91"/>
        <source>Cr&amp;edit to:</source>
        <translation>یہ کس نے کہا (&amp;E):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="95"/>
        <source>Move to the prompt</source>
        <translation>موضوع پر منتقل کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="97"/>
        <source>Mo&amp;ve to the prompt:</source>
        <translation>موضوع پر منتقل کریں (&amp;V):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="104"/>
        <source>Withdraw…</source>
        <translation>واپس لیں…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="105"/>
        <source>Withdraw this contribution</source>
        <translation>یہ بات واپس لیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="106"/>
        <source>The person&apos;s choice: its words are erased</source>
        <translation>اس شخص کی مرضی: باتیں مٹا دی جاتی ہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="108"/>
        <source>Done correcting</source>
        <translation>درستی مکمل</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <location filename="../coprod_desktop/ui/display/display_window.py" line="36"/>
        <location filename="../coprod_desktop/ui/display/display_window.py" line="37"/>
        <source>Room display</source>
        <extracomment>Title of the window the room display is shown in (window lists, screen readers).</extracomment>
        <translation>کمرے کی اسکرین</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="324"/>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="325"/>
        <source>Erase or anonymise {name}</source>
        <extracomment>Window title; {name} is the person&apos;s name.</extracomment>
        <translation>{name} کو مٹائیں یا گمنام کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="327"/>
        <source>&amp;Anonymise</source>
        <extracomment>A choice: keep what the person said, without their name. Explained in the line below it.</extracomment>
        <translation>گمنام کریں (&amp;A)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="330"/>
        <source>Keep what they said, without their name. Their words stay, shown as said by a former participant. Their name, photo, profile, consent history and expenses are deleted.</source>
        <translation>ان کی باتیں رکھیں، ان کے نام کے بغیر۔ ان کی باتیں “سابق شریک” کے نام سے رہتی ہیں۔ ان کا نام، تصویر، پروفائل، اجازت کا ریکارڈ اور اخراجات حذف ہو جاتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="335"/>
        <source>&amp;Erase everything</source>
        <extracomment>A choice: delete the person and everything they said. Explained in the line below it.</extracomment>
        <translation>سب کچھ مٹائیں (&amp;E)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="338"/>
        <source>Delete them and everything they said. They are taken off every meeting. Their words, agreements and expenses are deleted too.</source>
        <translation>انہیں اور ان کی ہر بات حذف کریں۔ انہیں ہر میٹنگ سے ہٹا دیا جاتا ہے۔ ان کی باتیں، دوسروں سے اتفاق اور اخراجات بھی حذف ہو جاتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="352"/>
        <source>&amp;Go ahead</source>
        <translation>آگے بڑھیں (&amp;G)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="353"/>
        <source>&amp;Cancel</source>
        <translation>منسوخ کریں (&amp;C)</translation>
    </message>
</context>
<context>
    <name>HeardList</name>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="363"/>
        <source>Who has not been heard?</source>
        <translation>کس کی بات ابھی نہیں سنی گئی؟</translation>
    </message>
</context>
<context>
    <name>ImportConflictsDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="38"/>
        <source>Differences in “{title}”</source>
        <translation>“{title}” میں فرق</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="42"/>
        <source>This file and this laptop differ. For each difference, keep this laptop&apos;s version or take the file&apos;s. Everything new in the file is added either way. Differences: {count}.</source>
        <translation>یہ فائل اور یہ لیپ ٹاپ مختلف ہیں۔ ہر فرق میں اس لیپ ٹاپ والا رکھیں یا فائل والا لیں۔ فائل کی ہر نئی چیز ہر حال میں شامل ہو جاتی ہے۔ فرق: {count}۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="51"/>
        <source>&amp;Keep all mine</source>
        <translation>اپنے سب رکھیں (&amp;K)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="52"/>
        <source>Keep this laptop&apos;s version of every difference</source>
        <translation>ہر فرق میں اس لیپ ٹاپ والا رکھیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="53"/>
        <source>Take all t&amp;heirs</source>
        <translation>فائل کے سب لیں (&amp;H)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="54"/>
        <source>Take the file&apos;s version of every difference</source>
        <translation>ہر فرق میں فائل والا لیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="69"/>
        <source>Differences</source>
        <translation>فرق</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="73"/>
        <source>&amp;Import</source>
        <translation>امپورٹ کریں (&amp;I)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="74"/>
        <source>Import with these choices</source>
        <translation>یہ انتخاب رکھ کر امپورٹ کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="77"/>
        <source>Cancel: import nothing</source>
        <translation>منسوخ کریں: کچھ امپورٹ نہ کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="87"/>
        <source>The meeting&apos;s details</source>
        <translation>میٹنگ کی تفصیل</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="88"/>
        <source>A prompt</source>
        <translation>ایک موضوع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="89"/>
        <source>A contribution</source>
        <translation>ایک بات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="90"/>
        <source>How a person is credited</source>
        <translation>کسی شخص کا نام کیسے دکھے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="95"/>
        <source>{number}. {what}</source>
        <extracomment>One difference in the list. {number}: its place in the list; {what}: what differs.</extracomment>
        <translation>{number}۔ {what}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="99"/>
        <source>On this laptop: {mine}</source>
        <extracomment>What this laptop has, quoted from the meeting.</extracomment>
        <translation>اس لیپ ٹاپ پر: {mine}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="101"/>
        <source>In the file: {theirs}</source>
        <extracomment>What the file being imported has, quoted from the meeting.</extracomment>
        <translation>فائل میں: {theirs}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="102"/>
        <source>Keep mine</source>
        <translation>اپنا رکھیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="103"/>
        <source>Take theirs</source>
        <translation>فائل والا لیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="105"/>
        <source>Difference {number}: keep this laptop&apos;s version</source>
        <extracomment>Said by a screen reader for the choice. {number}: the difference&apos;s place in the list.</extracomment>
        <translation>فرق {number}: اس لیپ ٹاپ والا رکھیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="106"/>
        <source>Difference {number}: take the file&apos;s version</source>
        <translation>فرق {number}: فائل والا لیں</translation>
    </message>
</context>
<context>
    <name>Involvement</name>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="41"/>
        <source>Participant</source>
        <extracomment>How a person took part in a meeting, chosen from a list (set-up) and shown in their record.</extracomment>
        <translation>شریک</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="42"/>
        <source>Co-facilitator</source>
        <extracomment>How a person took part in a meeting, chosen from a list (set-up) and shown in their record.</extracomment>
        <translation>شریک سہولت کار</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="43"/>
        <source>Expert by experience</source>
        <extracomment>How a person took part in a meeting, chosen from a list (set-up) and shown in their record.</extracomment>
        <translation>ذاتی تجربے سے ماہر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="44"/>
        <source>Supporter</source>
        <extracomment>How a person took part in a meeting, chosen from a list (set-up) and shown in their record.</extracomment>
        <translation>مددگار</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="45"/>
        <source>Observer</source>
        <extracomment>How a person took part in a meeting, chosen from a list (set-up) and shown in their record.</extracomment>
        <translation>مبصر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="59"/>
        <source>Not chosen yet</source>
        <extracomment>How a person chose to be recognised for their time, chosen from a list in their record.</extracomment>
        <translation>ابھی نہیں چنا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="60"/>
        <source>Payment for their time</source>
        <extracomment>How a person chose to be recognised for their time, chosen from a list in their record.</extracomment>
        <translation>ان کے وقت کی ادائیگی</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="61"/>
        <source>A voucher for each meeting</source>
        <extracomment>How a person chose to be recognised for their time, chosen from a list in their record.</extracomment>
        <translation>ہر میٹنگ کے لیے ایک واؤچر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="62"/>
        <source>Volunteer (no payment)</source>
        <extracomment>How a person chose to be recognised for their time, chosen from a list in their record.</extracomment>
        <translation>رضاکار (کوئی ادائیگی نہیں)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="75"/>
        <source>Mileage</source>
        <extracomment>A kind of expense a person is paid back for, chosen from a list in their record.</extracomment>
        <translation>میلوں کا خرچ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="76"/>
        <source>Fares</source>
        <extracomment>A kind of expense a person is paid back for, chosen from a list in their record.</extracomment>
        <translation>کرایہ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="77"/>
        <source>Parking</source>
        <extracomment>A kind of expense a person is paid back for, chosen from a list in their record.</extracomment>
        <translation>پارکنگ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="78"/>
        <source>Care or support costs</source>
        <extracomment>A kind of expense a person is paid back for, chosen from a list in their record.</extracomment>
        <translation>دیکھ بھال یا مدد کا خرچ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="79"/>
        <source>Other</source>
        <extracomment>A kind of expense a person is paid back for, chosen from a list in their record.</extracomment>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="vanished">1 گھنٹہ</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation type="vanished">{count} گھنٹے</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="vanished">1 منٹ</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation type="vanished">{count} منٹ</translation>
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
        <translation>کل</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="148"/>
        <source>&amp;Recognition:</source>
        <translation>وقت کا صلہ (&amp;R):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="150"/>
        <source>How they chose to be recognised for their time. Saved as soon as it is chosen</source>
        <translation>اپنے وقت کے صلے کے لیے انہوں نے کیا چنا۔ چنتے ہی محفوظ ہو جاتا ہے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="162"/>
        <source>Their &amp;meetings:</source>
        <translation>ان کی میٹنگیں (&amp;M):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="164"/>
        <source>Their meetings</source>
        <translation>ان کی میٹنگیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="165"/>
        <source>Choose a meeting to see and add its expenses</source>
        <translation>اخراجات دیکھنے اور شامل کرنے کے لیے کوئی میٹنگ چنیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="170"/>
        <source>Expenses for the chosen meeting</source>
        <translation>چنی گئی میٹنگ کے اخراجات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="176"/>
        <source>R&amp;emove expense</source>
        <translation>خرچ ہٹائیں (&amp;E)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="189"/>
        <source>&amp;Kind:</source>
        <translation>قسم (&amp;K):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="190"/>
        <source>&amp;Amount, pounds:</source>
        <translation>رقم، پاؤنڈ میں (&amp;A):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="190"/>
        <source>For example 3.50</source>
        <translation>مثلاً 3.50</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="192"/>
        <source>M&amp;iles:</source>
        <translation>میل (&amp;I):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="192"/>
        <source>Paid at the mileage rate in the settings</source>
        <translation>ترتیبات میں دی گئی فی میل شرح سے ادائیگی</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="194"/>
        <source>&amp;Note (optional):</source>
        <translation>نوٹ، اگر چاہیں (&amp;N):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="197"/>
        <source>A&amp;dd expense</source>
        <translation>خرچ شامل کریں (&amp;D)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="202"/>
        <source>Expenses</source>
        <translation>اخراجات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="211"/>
        <source>&amp;Close</source>
        <translation>بند کریں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="272"/>
        <source>Involvement: {name}</source>
        <translation>شرکت: {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="273"/>
        <source>Involvement of {name}</source>
        <translation>{name} کی شرکت</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="274"/>
        <source>Meetings: {count}</source>
        <translation>میٹنگیں: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="275"/>
        <source>Time given: {time}</source>
        <translation>دیا گیا وقت: {time}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="276"/>
        <source>Contributions: {count}</source>
        <translation>باتیں: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="277"/>
        <source>Agreements: {count}</source>
        <translation>اتفاق: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="278"/>
        <source>none yet</source>
        <translation>ابھی کوئی نہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="279"/>
        <source>Roles: {roles}</source>
        <translation>کردار: {roles}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="296"/>
        <source>not known</source>
        <translation>معلوم نہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="299"/>
        <source>{date}: {meeting}
Role: {role}. Time given: {time}. Contributions: {count}. Owed: {money}.</source>
        <translation>{date}: {meeting}
کردار: {role}۔ دیا گیا وقت: {time}۔ باتیں: {count}۔ واجب رقم: {money}۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="324"/>
        <source>Choose a meeting above to see its expenses.</source>
        <translation>اخراجات دیکھنے کے لیے اوپر کوئی میٹنگ چنیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="327"/>
        <source>Expenses for {meeting}, {date}</source>
        <translation>{meeting}، {date} کے اخراجات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="339"/>
        <source>No expenses for {meeting}, {date}</source>
        <translation>{meeting}، {date} کے لیے کوئی اخراجات نہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="348"/>
        <source>{kind}: {miles} miles, {money}</source>
        <translation>{kind}: {miles} میل، {money}</translation>
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
        <translation>زبان (&amp;L)</translation>
    </message>
</context>
<context>
    <name>LateArrivalDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="60"/>
        <source>Add a late arrival</source>
        <translation>دیر سے آنے والے کو شامل کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="78"/>
        <source>Only this screen shows what you type here. The display shows them only as they choose to be credited.</source>
        <translation>جو آپ یہاں لکھیں وہ صرف اسی اسکرین پر دکھتا ہے۔ کمرے کی اسکرین پر صرف وہ نام دکھتا ہے جو انہوں نے چنا ہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="83"/>
        <source>Full &amp;name:</source>
        <translation>پورا نام (&amp;N):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="83"/>
        <source>The person&apos;s name, kept on this laptop</source>
        <translation>اس شخص کا نام، اسی لیپ ٹاپ پر محفوظ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="88"/>
        <source>&amp;Credit them as:</source>
        <translation>نام اس طرح دکھائیں (&amp;C):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="90"/>
        <source>How their name appears beside what they say, on screen and on paper</source>
        <translation>ان کی بات کے ساتھ ان کا نام کیسے دکھے، اسکرین پر اور کاغذ پر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="93"/>
        <source>C&amp;hosen name:</source>
        <translation>چنا ہوا نام (&amp;H):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="93"/>
        <source>The name they want to be credited as</source>
        <translation>وہ نام جو وہ دکھانا چاہتے ہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="95"/>
        <source>Chosen for them: nobody else in the meeting has it. Change it if they want another.</source>
        <translation>ان کے لیے چنا گیا: میٹنگ میں کسی اور کا یہ نام نہیں۔ اگر وہ کوئی اور چاہیں تو بدل دیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="96"/>
        <source>Marker co&amp;lour:</source>
        <translation>نشان کا رنگ (&amp;L):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="97"/>
        <source>Marker &amp;shape:</source>
        <translation>نشان کی شکل (&amp;S):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="110"/>
        <source>&amp;Add them</source>
        <translation>شامل کریں (&amp;A)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="111"/>
        <source>Add them</source>
        <translation>شامل کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="174"/>
        <source>Marker: {marker}</source>
        <translation>نشان: {marker}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="175"/>
        <source>Shown and printed as: {name}</source>
        <translation>اسکرین اور کاغذ پر: {name}</translation>
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
        <translation>صورتحال</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="95"/>
        <source>Se&amp;ttings</source>
        <translation>ترتیبات (&amp;T)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="96"/>
        <source>&amp;Display and access…</source>
        <translation>ڈسپلے اور رسائی (&amp;D)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="101"/>
        <source>&amp;Keep meetings for…</source>
        <translation>میٹنگیں کب تک رکھیں (&amp;K)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="105"/>
        <source>Payment and e&amp;xpense rates…</source>
        <translation>ادائیگی اور اخراجات کی شرحیں (&amp;X)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="107"/>
        <source>&amp;Finance export…</source>
        <translation>فنانس ایکسپورٹ (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="111"/>
        <source>People on this &amp;laptop…</source>
        <translation>اس لیپ ٹاپ پر لوگ (&amp;L)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="125"/>
        <source>&amp;Back up now</source>
        <translation>ابھی بیک اپ بنائیں (&amp;B)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="127"/>
        <source>Back up &amp;to…</source>
        <translation>بیک اپ یہاں بنائیں (&amp;T)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="129"/>
        <source>&amp;Restore from a backup…</source>
        <translation>بیک اپ سے بحال کریں (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="132"/>
        <source>Bring in a &amp;meeting from another laptop…</source>
        <translation>دوسرے لیپ ٹاپ سے میٹنگ لائیں (&amp;M)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="154"/>
        <source>Room d&amp;isplay</source>
        <translation>کمرے کی اسکرین (&amp;I)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="155"/>
        <source>&amp;Present on the room display</source>
        <translation>کمرے کی اسکرین پر دکھائیں (&amp;P)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="159"/>
        <source>Back to the &amp;console</source>
        <extracomment>Menu item: stop presenting the room display; Escape does the same from the room or the display.</extracomment>
        <translation>کنٹرول اسکرین پر واپس (&amp;C)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="162"/>
        <source>Display: &amp;earlier page</source>
        <translation>اسکرین: پچھلا صفحہ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="165"/>
        <source>Display: &amp;next page</source>
        <translation>اسکرین: اگلا صفحہ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="169"/>
        <source>&amp;Look back over the meeting</source>
        <translation>اجلاس پر پیچھے نظر (&amp;L)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="172"/>
        <source>Back to the li&amp;ve room</source>
        <translation>جاری کمرے پر واپس (&amp;V)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="205"/>
        <source>Looking back over the meeting: the page keys move on, prompt by prompt. Escape ends it.</source>
        <translation>اجلاس پر نظرِ ثانی: صفحے کی کلیدیں آگے بڑھاتی ہیں، موضوع بہ موضوع۔ Escape اسے ختم کرتا ہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="434"/>
        <source>The meeting was not imported</source>
        <translation>میٹنگ امپورٹ نہیں ہوئی</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="498"/>
        <source>Back to the console: the room display is closed.</source>
        <translation>کنٹرول اسکرین پر واپس: کمرے کی اسکرین بند ہو گئی۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="500"/>
        <source>The room display covers this screen. Escape brings the console back.</source>
        <translation>کمرے کی اسکرین نے یہ اسکرین ڈھانپ لی ہے۔ Escape سے کنٹرول اسکرین واپس آتی ہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="503"/>
        <source>The room display is showing on {screen}.</source>
        <extracomment>{screen} is the name the system gives the screen the display is shown on.</extracomment>
        <translation>کمرے کی اسکرین {screen} پر دکھ رہی ہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="622"/>
        <source>The backup is back in place. The file it replaced was kept as {name}.</source>
        <extracomment>After restoring from a backup. {name}: the file name the replaced file was kept under.</extracomment>
        <translation>بیک اپ اپنی جگہ واپس آ گیا۔ جس فائل کی جگہ لی گئی وہ {name} کے نام سے رکھی گئی۔</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <location filename="../coprod_desktop/ui/widgets/form_parts.py" line="153"/>
        <source>{colour} {shape}, {initials}</source>
        <translation>{shape}، رنگ {colour}، {initials}</translation>
    </message>
</context>
<context>
    <name>MeetingImporter</name>
    <message>
        <location filename="../coprod_desktop/ui/files/meeting_import.py" line="55"/>
        <source>Bring in a meeting from another laptop</source>
        <translation>دوسرے لیپ ٹاپ سے میٹنگ لائیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/meeting_import.py" line="58"/>
        <source>Meeting files (*.coprod.json *.json);;All files (*)</source>
        <extracomment>JSON is a file format: keep the name.</extracomment>
        <translation>میٹنگ کی فائلیں (*.coprod.json *.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/meeting_import.py" line="66"/>
        <source>Reading {file}…</source>
        <translation>{file} پڑھی جا رہی ہے…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/meeting_import.py" line="76"/>
        <source>Nothing was imported.</source>
        <translation>کچھ امپورٹ نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="94"/>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="97"/>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="100"/>
        <source>Meetings</source>
        <translation>میٹنگیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="101"/>
        <source>Choose a meeting, then press Enter to open it.</source>
        <translation>کوئی میٹنگ چنیں، پھر اسے کھولنے کے لیے Enter دبائیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="105"/>
        <source>Opening your meetings…</source>
        <translation>آپ کی میٹنگیں کھل رہی ہیں…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="108"/>
        <source>&amp;New meeting</source>
        <translation>نئی میٹنگ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="109"/>
        <source>&amp;Set up</source>
        <translation>تیاری (&amp;S)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="110"/>
        <source>&amp;Open in the room</source>
        <translation>کمرے میں کھولیں (&amp;O)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="111"/>
        <source>Take-home &amp;files…</source>
        <translation>گھر لے جانے والی فائلیں (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="112"/>
        <source>&amp;People…</source>
        <translation>لوگ (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="114"/>
        <source>Create a new meeting</source>
        <translation>نئی میٹنگ بنائیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="115"/>
        <source>Change the chosen meeting&apos;s details, people and prompts</source>
        <translation>چنی گئی میٹنگ کی تفصیل، لوگ اور موضوعات بدلیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="116"/>
        <source>Show the chosen meeting on the room screen</source>
        <translation>چنی گئی میٹنگ کمرے کی اسکرین پر دکھائیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="119"/>
        <source>Save or print the chosen meeting&apos;s take-home sheets, certificates and summary</source>
        <translation>منتخب اجلاس کے گھر لے جانے والے کاغذات، اسناد اور خلاصہ محفوظ یا پرنٹ کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="121"/>
        <source>Everyone on this laptop: their consent, involvement and record</source>
        <translation>اس لیپ ٹاپ پر سب لوگ: ان کی اجازت، شرکت اور ریکارڈ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="162"/>
        <source>Fin&amp;d words said in any meeting</source>
        <translation>کسی بھی اجلاس میں کہے گئے الفاظ تلاش کریں (&amp;D)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="165"/>
        <source>Find words said in any meeting</source>
        <translation>کسی بھی اجلاس میں کہے گئے الفاظ تلاش کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="167"/>
        <source>Type a word or two. What people said that holds them is listed below.</source>
        <translation>ایک دو لفظ لکھیں۔ لوگوں کی جو باتیں ان پر مشتمل ہیں وہ نیچے درج ہیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="176"/>
        <source>Words found</source>
        <translation>ملے ہوئے الفاظ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="177"/>
        <source>Press Enter to choose the meeting it was said in.</source>
        <translation>جس اجلاس میں یہ کہا گیا اسے چننے کے لیے Enter دبائیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="194"/>
        <source>&amp;Clean up…</source>
        <translation>صفائی (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="195"/>
        <source>Clean up</source>
        <translation>صفائی</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="197"/>
        <source>Choose which old meetings to delete. A backup is made first.</source>
        <translation>چنیں کہ کون سی پرانی میٹنگیں حذف کرنی ہیں۔ پہلے بیک اپ بنتا ہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="210"/>
        <source>Meetings older than you keep them: {count}</source>
        <extracomment>On the meetings screen: how many meetings are past the period they are kept for.</extracomment>
        <translation>رکھنے کی مدت سے پرانی میٹنگیں: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="231"/>
        <source>{person}, in ‘{meeting}’ ({date}): {words}</source>
        <translation>{person}، ‘{meeting}’ میں ({date}): {words}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="241"/>
        <source>Nothing said in any meeting holds those words.</source>
        <translation>کسی بھی اجلاس میں کہی گئی کسی بات میں یہ الفاظ نہیں ہیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="243"/>
        <source>Found: {count}. Press Tab to go to them.</source>
        <translation>ملے: {count}۔ ان تک جانے کے لیے Tab دبائیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="262"/>
        <source>There are no meetings yet. Press “New meeting” to set one up.</source>
        <translation>ابھی کوئی میٹنگ نہیں ہے۔ میٹنگ بنانے کے لیے “نئی میٹنگ” دبائیں۔</translation>
    </message>
</context>
<context>
    <name>NameWarning</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="71"/>
        <source>Someone called &quot;{name}&quot; is already taking part in this meeting. If this is another person, credit them in a way that tells the two apart.</source>
        <translation>&quot;{name}&quot; نام کا کوئی شخص پہلے سے اس اجلاس میں شریک ہے۔ اگر یہ کوئی اور شخص ہے تو ان کا نام اس طرح دیں کہ دونوں الگ پہچانے جائیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="80"/>
        <source>Someone called &quot;{name}&quot; is already known on this laptop from another meeting. Adding this name makes a new person: their meetings are not joined up.</source>
        <translation>&quot;{name}&quot; نام کا کوئی شخص اس لیپ ٹاپ پر کسی اور اجلاس سے پہلے سے معلوم ہے۔ یہ نام شامل کرنے سے ایک نیا شخص بنتا ہے: ان کے اجلاس آپس میں نہیں جڑتے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="87"/>
        <source>Someone in this meeting is already shown as &quot;{name}&quot;. Credit this person another way, so the room can tell the two apart.</source>
        <translation>اس اجلاس میں کوئی پہلے سے &quot;{name}&quot; کے نام سے دکھایا جا رہا ہے۔ اس شخص کا نام کسی اور طرح دیں تاکہ کمرے میں دونوں الگ پہچانے جائیں۔</translation>
    </message>
</context>
<context>
    <name>PeopleActions</name>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="71"/>
        <source>Invite ne&amp;xt</source>
        <translation>اگلے کو دعوت دیں (&amp;X)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="72"/>
        <source>Invites the next person asking to speak, else the next not yet heard. Shortcut: Ctrl+I.</source>
        <translation>بولنے کے لیے کہنے والے اگلے شخص کو دعوت دیتا ہے، ورنہ اگلے کو جس کی بات ابھی نہیں سنی گئی۔ شارٹ کٹ: Ctrl+I۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="76"/>
        <source>Not now (p&amp;ass)</source>
        <translation>ابھی نہیں (&amp;A)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="77"/>
        <source>The person invited or speaking passes on this prompt. Shortcut: Ctrl+P.</source>
        <translation>جسے دعوت دی گئی یا جو بول رہا ہے، وہ اس موضوع پر “ابھی نہیں” کہتا ہے۔ شارٹ کٹ: Ctrl+P۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="81"/>
        <source>Who has not &amp;been heard?</source>
        <translation>کس کی بات ابھی نہیں سنی گئی؟ (&amp;B)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="82"/>
        <source>Lists who has not been heard on this prompt and in the meeting, on this screen only.</source>
        <translation>دکھاتا ہے کہ اس موضوع پر اور میٹنگ میں کس کی بات ابھی نہیں سنی گئی، صرف اسی اسکرین پر۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="86"/>
        <source>Add a &amp;late arrival…</source>
        <translation>دیر سے آنے والے کو شامل کریں (&amp;L)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="87"/>
        <source>Adds someone who came late, without leaving the room. Nothing private is shown on the display.</source>
        <translation>دیر سے آنے والے کو کمرہ چھوڑے بغیر شامل کرتا ہے۔ کمرے کی اسکرین پر کوئی ذاتی بات نہیں دکھتی۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="173"/>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="330"/>
        <source>Everyone has been heard on this prompt.</source>
        <translation>اس موضوع پر سب کی بات سنی جا چکی ہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="183"/>
        <source>The invitation to {name} is taken back.</source>
        <translation>{name} کو دی گئی دعوت واپس لے لی گئی۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="188"/>
        <source>{name} is invited to speak next.</source>
        <translation>{name} کو اگلی باری بولنے کی دعوت دی گئی۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="212"/>
        <source>Nobody is invited or speaking. Open a person&apos;s menu on their tile to record a pass.</source>
        <translation>نہ کسی کو دعوت دی گئی ہے نہ کوئی بول رہا ہے۔ “ابھی نہیں” درج کرنے کے لیے کسی شخص کے خانے پر اس کا مینو کھولیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="222"/>
        <source>{name}: not now. That is fine.</source>
        <translation>{name}: ابھی نہیں۔ کوئی بات نہیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="235"/>
        <source>{name} is asking to speak: number {place} in the queue.</source>
        <translation>{name} بولنا چاہتے ہیں: قطار میں نمبر {place}۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="238"/>
        <source>{name} is no longer waiting to speak.</source>
        <translation>{name} اب بولنے کا انتظار نہیں کر رہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="254"/>
        <source>{name} agrees with what {speaker} said.</source>
        <translation>{name}، {speaker} کی بات سے متفق ہیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="256"/>
        <source>{name} no longer agrees with what {speaker} said.</source>
        <translation>{name} اب {speaker} کی بات سے متفق نہیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="274"/>
        <source>{name}: what they want to do</source>
        <translation>{name}: وہ کیا کرنا چاہتے ہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="276"/>
        <source>&amp;No longer waiting</source>
        <translation>اب انتظار نہیں (&amp;N)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="276"/>
        <source>&amp;Ask to speak</source>
        <translation>بولنا چاہتے ہیں (&amp;A)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="279"/>
        <source>&amp;Take back the invitation</source>
        <translation>دعوت واپس لیں (&amp;T)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="279"/>
        <source>&amp;Invite to speak next</source>
        <translation>اگلی باری بولنے کی دعوت دیں (&amp;I)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="281"/>
        <source>&amp;Pass: not now</source>
        <translation>ابھی نہیں (&amp;P)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="285"/>
        <source>A&amp;grees with the newest contribution</source>
        <translation>تازہ ترین بات سے متفق (&amp;G)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="325"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="328"/>
        <source>Not yet heard on this prompt: {names}</source>
        <translation>اس موضوع پر ابھی بات نہیں سنی گئی: {names}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="333"/>
        <source>Said not now on this prompt: {names}</source>
        <translation>اس موضوع پر “ابھی نہیں” کہا: {names}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="335"/>
        <source>Not yet heard in this meeting: {names}</source>
        <translation>اس میٹنگ میں ابھی بات نہیں سنی گئی: {names}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="337"/>
        <source>Everyone has been heard in this meeting.</source>
        <translation>اس میٹنگ میں سب کی بات سنی جا چکی ہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="354"/>
        <source>Added {name}. Welcome!</source>
        <translation>{name} شامل ہو گئے۔ خوش آمدید!</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="80"/>
        <source>Erase</source>
        <translation>مٹائیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="84"/>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="86"/>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="87"/>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="90"/>
        <source>People on this laptop</source>
        <translation>اس لیپ ٹاپ پر لوگ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="88"/>
        <source>Everyone whose details are kept here. Choose a person, then what to do.</source>
        <translation>ہر وہ شخص جس کی تفصیل یہاں رکھی ہے۔ کوئی شخص چنیں، پھر چنیں کہ کیا کرنا ہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="91"/>
        <source>Each person&apos;s name, and how many meetings they took part in.</source>
        <translation>ہر شخص کا نام، اور انہوں نے کتنی میٹنگوں میں حصہ لیا۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="94"/>
        <source>No one is kept on this laptop.</source>
        <translation>اس لیپ ٹاپ پر کسی کی تفصیل نہیں رکھی گئی۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="96"/>
        <source>&amp;Consent…</source>
        <translation>اجازت (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="97"/>
        <source>&amp;Involvement…</source>
        <translation>شرکت (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="98"/>
        <source>Save their &amp;record…</source>
        <translation>ان کا ریکارڈ محفوظ کریں (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="99"/>
        <source>&amp;Erase or anonymise…</source>
        <translation>مٹائیں یا گمنام کریں (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="100"/>
        <source>Clo&amp;se</source>
        <translation>بند کریں (&amp;S)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="102"/>
        <source>See and record what the chosen person agreed to</source>
        <translation>چنے گئے شخص نے کس بات کی اجازت دی، دیکھیں اور درج کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="103"/>
        <source>Their meetings, time given, roles, recognition and expenses</source>
        <translation>ان کی میٹنگیں، دیا گیا وقت، کردار، صلہ اور اخراجات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="104"/>
        <source>Save everything kept about them into a folder: a PDF and a data file</source>
        <translation>ان کے بارے میں رکھی ہر چیز فولڈر میں محفوظ کریں: ایک PDF اور ایک ڈیٹا فائل</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="105"/>
        <source>Remove them from this laptop, or keep their words without their name</source>
        <translation>انہیں اس لیپ ٹاپ سے ہٹائیں، یا ان کی باتیں ان کے نام کے بغیر رکھیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="150"/>
        <source>Former participant</source>
        <extracomment>An anonymised person in the list of people on this laptop.</extracomment>
        <translation>سابق شریک</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="158"/>
        <source>{name} — meetings: {count}</source>
        <extracomment>A person in the list: {name} is their full name, {count} how many meetings they took part in.</extracomment>
        <translation>{name} — میٹنگیں: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="218"/>
        <source>Save their record into which folder?</source>
        <translation>ان کا ریکارڈ کس فولڈر میں محفوظ کریں؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="237"/>
        <source>Checking the folder…</source>
        <translation>فولڈر دیکھا جا رہا ہے…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="248"/>
        <source>Nothing was saved.</source>
        <translation>کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="250"/>
        <source>Saving their record…</source>
        <translation>ان کا ریکارڈ محفوظ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Files with these names already in that folder: {count}. Replace them, keep both (new names), or cancel?</source>
        <translation type="vanished">ان ناموں کی فائلیں پہلے سے اس فولڈر میں: {count}۔ انہیں بدلیں، دونوں رکھیں (نئے نام)، یا منسوخ کریں؟</translation>
    </message>
    <message>
        <source>Files already there</source>
        <translation type="vanished">فائلیں پہلے سے موجود ہیں</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="vanished">بدلیں (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation type="vanished">دونوں رکھیں (&amp;K)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="vanished">بدلیں</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="vanished">دونوں رکھیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="266"/>
        <source>Files saved in {folder}: {count}.</source>
        <extracomment>After saving a person&apos;s record: {folder} is where, {count} how many files.</extracomment>
        <translation>{folder} میں محفوظ فائلیں: {count}۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="273"/>
        <source>Their record could not be saved: {reason}</source>
        <translation>ان کا ریکارڈ محفوظ نہیں ہو سکا: {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="298"/>
        <source>Erase {name} and everything they said? This cannot be undone.</source>
        <extracomment>The second question before erasing; {name} is the person&apos;s name.</extracomment>
        <translation>{name} اور ان کی ہر بات مٹا دیں؟ یہ واپس نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="300"/>
        <source>Nothing was changed.</source>
        <translation>کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="312"/>
        <source>They were erased from this laptop.</source>
        <translation>انہیں اس لیپ ٹاپ سے مٹا دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="314"/>
        <source>They were anonymised. What they said stays.</source>
        <translation>انہیں گمنام کر دیا گیا۔ ان کی باتیں رہتی ہیں۔</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="125"/>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="248"/>
        <source>People taking part</source>
        <translation>شریک لوگ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="138"/>
        <source>Same as the meeting</source>
        <translation>میٹنگ جیسی</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="155"/>
        <source>Full &amp;name:</source>
        <translation>پورا نام (&amp;N):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="155"/>
        <source>The person&apos;s name, kept on this laptop</source>
        <translation>اس شخص کا نام، اسی لیپ ٹاپ پر محفوظ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="160"/>
        <source>&amp;Credit them as:</source>
        <translation>نام اس طرح دکھائیں (&amp;C):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="162"/>
        <source>How their name appears beside what they say, on screen and on paper</source>
        <translation>ان کی بات کے ساتھ ان کا نام کیسے دکھے، اسکرین پر اور کاغذ پر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="165"/>
        <source>C&amp;hosen name:</source>
        <translation>چنا ہوا نام (&amp;H):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="165"/>
        <source>The name they want to be credited as</source>
        <translation>وہ نام جو وہ دکھانا چاہتے ہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="168"/>
        <source>Reading spee&amp;d for them:</source>
        <translation>ان کے لیے پڑھنے کی رفتار (&amp;D):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="168"/>
        <source>How fast their words are read back to them</source>
        <translation>ان کی باتیں انہیں کتنی رفتار سے پڑھ کر سنائی جائیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="170"/>
        <source>Marker co&amp;lour:</source>
        <translation>نشان کا رنگ (&amp;L):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="171"/>
        <source>Marker &amp;shape:</source>
        <translation>نشان کی شکل (&amp;S):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="174"/>
        <source>&amp;Role in this meeting:</source>
        <translation>اس میٹنگ میں کردار (&amp;R):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="176"/>
        <source>How they take part. Saved as soon as it is chosen for someone on the list</source>
        <translation>وہ کیسے حصہ لیتے ہیں۔ فہرست میں کسی کے لیے چنتے ہی محفوظ ہو جاتا ہے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="186"/>
        <source>&amp;Add person</source>
        <translation>شخص شامل کریں (&amp;A)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="187"/>
        <source>Sa&amp;ve changes</source>
        <translation>تبدیلیاں محفوظ کریں (&amp;V)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="188"/>
        <source>R&amp;emove person</source>
        <translation>شخص ہٹائیں (&amp;E)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="189"/>
        <source>New &amp;person</source>
        <translation>نیا شخص (&amp;P)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="190"/>
        <source>Their words as a&amp;udio…</source>
        <translation>ان کی باتیں آواز میں (&amp;U)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="192"/>
        <source>Save what this person said as a sound file they can take home</source>
        <translation>اس شخص کی باتیں آواز کی فائل میں محفوظ کریں جو وہ گھر لے جا سکیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="194"/>
        <source>Communication pro&amp;file…</source>
        <translation>رابطے کا پروفائل (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="196"/>
        <source>How they like to communicate: formats, language, interpreter, switch, speech</source>
        <translation>وہ کیسے بات چیت کرنا پسند کرتے ہیں: فارمیٹ، زبان، ترجمان، سوئچ، آواز</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="199"/>
        <source>C&amp;onsent…</source>
        <translation>اجازت (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="201"/>
        <source>What they agree to: how they are named, take-home sheets, their words, photo, profile</source>
        <translation>وہ کس بات کی اجازت دیتے ہیں: نام کیسے دکھے، گھر لے جانے والے کاغذات، ان کی باتیں، تصویر، پروفائل</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="297"/>
        <source>{credit}  ({name}, credited by {style})</source>
        <translation>{credit}  ({name}، نام: {style})</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="304"/>
        <source>, marker: {marker}</source>
        <translation>، نشان: {marker}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="411"/>
        <source>Saved the communication profile of {name}.</source>
        <translation>{name} کا رابطے کا پروفائل محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="430"/>
        <source>Saved the role of {name}: {role}.</source>
        <translation>{name} کا کردار محفوظ ہو گیا: {role}۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="437"/>
        <source>Shown and printed as: {name}</source>
        <translation>اسکرین اور کاغذ پر: {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="436"/>
        <source>Marker: {marker}</source>
        <translation>نشان: {marker}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="470"/>
        <source>Added {name}.</source>
        <translation>{name} کو شامل کر لیا گیا۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="485"/>
        <source>Saved {name}.</source>
        <translation>{name} کی تفصیل محفوظ ہو گئی۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="22"/>
        <source>Full name</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation>پورا نام</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="23"/>
        <source>First name</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation>پہلا نام</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="24"/>
        <source>Initials</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation>نام کے پہلے حروف</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="25"/>
        <source>A name they choose</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation>ان کا چنا ہوا نام</translation>
    </message>
</context>
<context>
    <name>PersonTiles</name>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="84"/>
        <source>Marker: {marker}.</source>
        <translation>نشان: {marker}۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="86"/>
        <source>Needs: {flags}.</source>
        <translation>ضروریات: {flags}۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="88"/>
        <source>Shortcut: Alt+{n}.</source>
        <translation>شارٹ کٹ: Alt+{n}۔</translation>
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
        <translation>➤ دعوت</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="148"/>
        <source>not now</source>
        <extracomment>on a person&apos;s tile: they passed on this prompt. Said kindly: it is their choice.</extracomment>
        <translation>ابھی نہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="155"/>
        <source>Heard on this prompt.</source>
        <translation>اس موضوع پر بات سنی جا چکی۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="157"/>
        <source>Said not now on this prompt.</source>
        <translation>اس موضوع پر “ابھی نہیں” کہا۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="159"/>
        <source>Invited to speak next.</source>
        <translation>اگلی باری بولنے کی دعوت۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="161"/>
        <source>Asking to speak: number {place} in the queue.</source>
        <translation>بولنا چاہتے ہیں: قطار میں نمبر {place}۔</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="44"/>
        <source>Photo</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="57"/>
        <source>They agree to a photo of them being used</source>
        <translation>وہ اپنی تصویر استعمال کرنے کی اجازت دیتے ہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="59"/>
        <source>Ask them first. Taking it back deletes their photo straight away.</source>
        <translation>پہلے ان سے پوچھیں۔ اجازت واپس لینے پر ان کی تصویر فوراً مٹ جاتی ہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="66"/>
        <source>Remove their photo</source>
        <translation>ان کی تصویر ہٹائیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="65"/>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="110"/>
        <source>Add the&amp;ir photo…</source>
        <translation>ان کی تصویر شامل کریں (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="110"/>
        <source>Change the&amp;ir photo…</source>
        <translation>ان کی تصویر بدلیں (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="122"/>
        <source>Their photo</source>
        <translation>ان کی تصویر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="125"/>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="126"/>
        <source>No photo</source>
        <translation>کوئی تصویر نہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="130"/>
        <source>No photo consent recorded.</source>
        <translation>تصویر کی اجازت درج نہیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="133"/>
        <source>Agreed {when}</source>
        <translation>{when} کو اجازت دی</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="133"/>
        <source>Took it back {when}</source>
        <translation>{when} کو اجازت واپس لی</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="145"/>
        <source>Taking back consent deletes their photo now. Go on?</source>
        <translation>اجازت واپس لینے سے ان کی تصویر ابھی مٹ جائے گی۔ جاری رکھیں؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="159"/>
        <source>Recorded that {name} agrees to a photo.</source>
        <translation>درج ہو گیا کہ {name} تصویر کی اجازت دیتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="161"/>
        <source>Recorded that {name} does not agree to a photo; any photo of them is deleted.</source>
        <translation>درج ہو گیا کہ {name} تصویر کی اجازت نہیں دیتے؛ ان کی ہر تصویر مٹا دی گئی۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="174"/>
        <source>Photo removed.</source>
        <translation>تصویر ہٹا دی گئی۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="178"/>
        <source>Photo consent</source>
        <translation>تصویر کی اجازت</translation>
    </message>
</context>
<context>
    <name>PictureDetailsDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="35"/>
        <source>A picture card from {file}</source>
        <translation>{file} سے تصویری کارڈ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="41"/>
        <source>The picture</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="45"/>
        <source>No one (not a photo of a person)</source>
        <translation>کوئی نہیں (کسی شخص کی تصویر نہیں)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="50"/>
        <source>{name} (no photo consent yet)</source>
        <translation>{name} (ابھی تصویر کی اجازت نہیں)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="57"/>
        <source>&amp;Words on the card:</source>
        <translation>کارڈ پر الفاظ (&amp;W):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="57"/>
        <source>What the picture shows, in a few words</source>
        <translation>تصویر میں کیا ہے، چند الفاظ میں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="58"/>
        <source>&amp;Group:</source>
        <translation>گروپ (&amp;G):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="58"/>
        <source>The group of cards it goes in</source>
        <translation>کارڈوں کا گروپ جس میں یہ جائے گا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="61"/>
        <source>&amp;Is it a photo of someone here?</source>
        <translation>کیا یہ یہاں موجود کسی کی تصویر ہے؟ (&amp;I)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="63"/>
        <source>A photo of a person needs their photo consent, recorded on the People tab</source>
        <translation>کسی شخص کی تصویر کے لیے اس کی اجازت چاہیے، جو لوگ والے ٹیب پر درج ہو</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="65"/>
        <source>&amp;Taken or drawn by:</source>
        <translation>بنانے والا (&amp;T):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="65"/>
        <source>Printed with the card, to credit them</source>
        <translation>کارڈ کے ساتھ چھپتا ہے، تاکہ ان کا نام آئے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="66"/>
        <source>&amp;Permission:</source>
        <translation>اجازت (&amp;P):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="66"/>
        <source>The licence or permission to use it</source>
        <translation>اسے استعمال کرنے کا لائسنس یا اجازت</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="68"/>
        <source>Add the card</source>
        <translation>کارڈ شامل کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="81"/>
        <source>Please type the words for this card.</source>
        <translation>براہ کرم اس کارڈ کے الفاظ لکھیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="85"/>
        <source>Please type the group this card goes in.</source>
        <translation>براہ کرم وہ گروپ لکھیں جس میں یہ کارڈ جائے گا۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="18"/>
        <source>Used with permission</source>
        <extracomment>The permission a picture brought in is used under, filled in for the facilitator to change. It is kept with the card and printed beside it.</extracomment>
        <translation>اجازت سے استعمال شدہ</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="87"/>
        <source>Communication profile: {name}</source>
        <translation>رابطے کا پروفائل: {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="90"/>
        <source>How {name} likes to communicate</source>
        <translation>{name} کس طرح بات چیت کرنا پسند کرتے ہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="102"/>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="155"/>
        <source>Same as the meeting</source>
        <translation>میٹنگ جیسی</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="107"/>
        <source>No interpreter</source>
        <translation>کوئی ترجمان نہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="108"/>
        <source>Spoken language interpreter</source>
        <translation>بولی جانے والی زبان کا ترجمان</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="109"/>
        <source>BSL (British Sign Language) interpreter</source>
        <translation>BSL (برطانوی اشاراتی زبان) کا ترجمان</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="121"/>
        <source>Call them (preferred &amp;name):</source>
        <extracomment>the name the person likes to be called, which may differ from their credit.</extracomment>
        <translation>انہیں کس نام سے پکاریں (&amp;N):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="123"/>
        <source>Leave empty to use the name they are credited by</source>
        <translation>خالی چھوڑیں تو دکھایا جانے والا نام استعمال ہو گا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="127"/>
        <source>&amp;Language for reading aloud:</source>
        <translation>بلند آواز سے پڑھنے کی زبان (&amp;L):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="129"/>
        <source>Their words and their audio are read in this language</source>
        <translation>ان کی باتیں اور آڈیو اسی زبان میں پڑھی جاتی ہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="131"/>
        <source>&amp;Interpreter:</source>
        <translation>ترجمان (&amp;I):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="134"/>
        <source>Interpreter&apos;s lan&amp;guage:</source>
        <translation>ترجمان کی زبان (&amp;G):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="136"/>
        <source>For a spoken language interpreter, for example Polish or Tigrinya</source>
        <translation>بولی جانے والی زبان کے ترجمان کے لیے، مثلاً پولش یا تگرینیا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="142"/>
        <source>&amp;Easy Read</source>
        <translation>آسان مطالعہ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="143"/>
        <source>Large &amp;print</source>
        <translation>بڑا پرنٹ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="144"/>
        <source>&amp;Audio</source>
        <translation>آڈیو (&amp;A)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="146"/>
        <source>Formats they need information in</source>
        <translation>معلومات کن شکلوں میں چاہییں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="160"/>
        <source>Reading spee&amp;d:</source>
        <translation>پڑھنے کی رفتار (&amp;D):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="162"/>
        <source>How fast their words are read back to them</source>
        <translation>ان کی باتیں انہیں کتنی رفتار سے پڑھ کر سنائی جائیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="166"/>
        <source>&amp;Voice (optional):</source>
        <translation>آواز (اختیاری) (&amp;V):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="168"/>
        <source>The name of an installed voice. Leave empty to choose one from the language</source>
        <translation>انسٹال شدہ آواز کا نام۔ خالی چھوڑیں تو زبان کے مطابق آواز چنی جائے گی</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="170"/>
        <source>Talking, listening and reading</source>
        <translation>بولنا، سننا اور پڑھنا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="175"/>
        <source>No particular way</source>
        <translation>کوئی خاص طریقہ نہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="177"/>
        <source>Touch screen</source>
        <translation>ٹچ اسکرین</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="178"/>
        <source>Keyboard</source>
        <translation>کی بورڈ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="179"/>
        <source>Switch</source>
        <translation>سوئچ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="184"/>
        <source>One switch (the highlight moves by itself)</source>
        <translation>ایک سوئچ (نشان خود آگے بڑھتا ہے)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="185"/>
        <source>Two switches (one moves, one chooses)</source>
        <translation>دو سوئچ (ایک آگے بڑھاتا ہے، ایک چنتا ہے)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="192"/>
        <source>Normal</source>
        <translation>عام</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="193"/>
        <source>Large</source>
        <translation>بڑا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="194"/>
        <source>Extra large</source>
        <translation>بہت بڑا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="198"/>
        <source>&amp;How they use the laptop:</source>
        <translation>وہ لیپ ٹاپ کیسے استعمال کرتے ہیں (&amp;H):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="200"/>
        <source>S&amp;witch set-up:</source>
        <translation>سوئچ کی ترتیب (&amp;W):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="203"/>
        <source>Time on each ite&amp;m (seconds):</source>
        <translation>ہر چیز پر وقت (سیکنڈ) (&amp;M):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="205"/>
        <source>How long the highlight stays on each thing while scanning</source>
        <translation>اسکیننگ کے دوران نشان ہر چیز پر کتنی دیر رہے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="209"/>
        <source>Time to h&amp;old the switch (seconds):</source>
        <translation>سوئچ دبائے رکھنے کا وقت (سیکنڈ) (&amp;O):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="211"/>
        <source>How long the switch must be held before a press counts</source>
        <translation>دبانا شمار ہونے سے پہلے سوئچ کتنی دیر دبا رہے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="216"/>
        <source>Picture card si&amp;ze:</source>
        <translation>تصویری کارڈ کا سائز (&amp;Z):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="218"/>
        <source>How big the picture cards are when it is their turn</source>
        <translation>ان کی باری پر تصویری کارڈ کتنے بڑے ہوں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="220"/>
        <source>Using the laptop</source>
        <translation>لیپ ٹاپ کا استعمال</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="230"/>
        <source>No&amp;tes for the facilitator:</source>
        <translation>سہولت کار کے لیے نوٹس (&amp;T):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="232"/>
        <source>For example: needs breaks. Only you see these: they are never shown on the room screen</source>
        <translation>مثلاً: وقفے چاہییں۔ یہ صرف آپ دیکھتے ہیں: یہ کمرے کی اسکرین پر کبھی نہیں دکھتے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="234"/>
        <source>They agree to sha&amp;re this profile when the meeting is exported</source>
        <translation>وہ میٹنگ ایکسپورٹ ہونے پر یہ پروفائل شیئر کرنے پر راضی ہیں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="243"/>
        <source>Note about &amp;consent:</source>
        <translation>اجازت کے بارے میں نوٹ (&amp;C):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="245"/>
        <source>For example: agreed with their support worker. Kept with the date</source>
        <translation>مثلاً: ان کے مددگار کارکن کے ساتھ طے ہوا۔ تاریخ کے ساتھ محفوظ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="248"/>
        <source>Notes and sharing</source>
        <translation>نوٹس اور شیئرنگ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="254"/>
        <source>&amp;Save</source>
        <translation>محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="256"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="257"/>
        <source>Clear the &amp;form</source>
        <translation>فارم صاف کریں (&amp;F)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="258"/>
        <source>Empty every field. Nothing is removed until you save</source>
        <translation>ہر خانہ خالی کرتا ہے۔ محفوظ کرنے تک کچھ نہیں ہٹتا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="360"/>
        <source> s</source>
        <extracomment>after a number of seconds in a spin box, e.g. &quot;1.5 s&quot;.</extracomment>
        <translation> سیکنڈ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="415"/>
        <source>No answer about sharing has been recorded yet.</source>
        <translation>شیئرنگ کے بارے میں ابھی کوئی جواب درج نہیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="420"/>
        <source>Last recorded: agreed to share, {day}.</source>
        <translation>آخری اندراج: شیئر کرنے پر راضی، {day}۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="422"/>
        <source>Last recorded: does not agree to share, {day}.</source>
        <translation>آخری اندراج: شیئر کرنے پر راضی نہیں، {day}۔</translation>
    </message>
</context>
<context>
    <name>ProfileFlag</name>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="28"/>
        <source>BSL</source>
        <translation>اشاراتی زبان</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="30"/>
        <source>Interpreter: {value}</source>
        <extracomment>on a person&apos;s tile; {value} is the language, e.g. &quot;Interpreter: Polish&quot;.</extracomment>
        <translation>ترجمان: {value}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="32"/>
        <source>Language: {value}</source>
        <extracomment>on a person&apos;s tile; {value} is the language their words are read in.</extracomment>
        <translation>زبان: {value}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="33"/>
        <source>Easy Read</source>
        <translation>آسان مطالعہ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="34"/>
        <source>Large print</source>
        <translation>بڑا پرنٹ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="35"/>
        <source>Audio</source>
        <translation>آڈیو</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="36"/>
        <source>Switch</source>
        <translation>سوئچ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="37"/>
        <source>Keyboard</source>
        <translation>کی بورڈ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="38"/>
        <source>Touch screen</source>
        <translation>ٹچ اسکرین</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="39"/>
        <source>Much slower speech</source>
        <translation>بہت آہستہ بولنا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="40"/>
        <source>Slower speech</source>
        <translation>آہستہ بولنا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="41"/>
        <source>Faster speech</source>
        <translation>تیز بولنا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="42"/>
        <source>Large cards</source>
        <translation>بڑے کارڈ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="43"/>
        <source>Extra large cards</source>
        <translation>بہت بڑے کارڈ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="45"/>
        <source>See notes</source>
        <extracomment>on a person&apos;s tile: the facilitator has notes about them (never shown there).</extracomment>
        <translation>نوٹس دیکھیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="61"/>
        <source>, </source>
        <extracomment>the separator between a person&apos;s communication flags, e.g. &quot;BSL, Easy Read&quot;.</extracomment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>PromptPanel</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="348"/>
        <source>This meeting has no prompts yet. Add them in Set up.</source>
        <translation>اس میٹنگ میں ابھی کوئی موضوع نہیں۔ انہیں “تیاری” میں شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="355"/>
        <source>Prompt {n} of {total}</source>
        <translation>{total} میں سے موضوع {n}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="358"/>
        <source>Picture: {card}</source>
        <translation>تصویر: {card}</translation>
    </message>
</context>
<context>
    <name>PromptsEditor</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="64"/>
        <source>Prompts, in order</source>
        <translation>موضوعات، ترتیب سے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="73"/>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="157"/>
        <source>No picture</source>
        <translation>کوئی تصویر نہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="76"/>
        <source>Prompt &amp;words:</source>
        <translation>موضوع کے الفاظ (&amp;W):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="76"/>
        <source>A short question or topic for the group</source>
        <translation>گروپ کے لیے کوئی چھوٹا سوال یا موضوع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="77"/>
        <source>P&amp;icture card:</source>
        <translation>تصویری کارڈ (&amp;I):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="77"/>
        <source>A picture shown with the prompt</source>
        <translation>موضوع کے ساتھ دکھنے والی تصویر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="79"/>
        <source>&amp;Add prompt</source>
        <translation>موضوع شامل کریں (&amp;A)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="80"/>
        <source>Sa&amp;ve changes</source>
        <translation>تبدیلیاں محفوظ کریں (&amp;V)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="81"/>
        <source>Move &amp;up</source>
        <translation>اوپر لے جائیں (&amp;U)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="82"/>
        <source>Move &amp;down</source>
        <translation>نیچے لے جائیں (&amp;D)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="83"/>
        <source>R&amp;emove prompt</source>
        <translation>موضوع ہٹائیں (&amp;E)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="84"/>
        <source>New &amp;prompt</source>
        <translation>نیا موضوع (&amp;P)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="105"/>
        <source>Prompts, in the order the meeting goes through them</source>
        <translation>موضوعات، اس ترتیب سے جس میں میٹنگ ان پر بات کرے گی</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="203"/>
        <source>Prompt added.</source>
        <translation>موضوع شامل ہو گیا۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="210"/>
        <source>Prompt saved.</source>
        <translation>موضوع محفوظ ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>The backup is back in place. The damaged file was kept as {name}.</source>
        <translation type="vanished">بیک اپ واپس لگا دیا گیا۔ خراب فائل {name} کے نام سے رکھ لی گئی۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="95"/>
        <source>The backup is back in place. The file it replaced was kept as {name}.</source>
        <translation>بیک اپ اپنی جگہ واپس آ گیا۔ جس فائل کی جگہ لی گئی وہ {name} کے نام سے رکھی گئی۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="103"/>
        <source>Restore the newest backup ({name})?</source>
        <translation>تازہ ترین بیک اپ ({name}) واپس لائیں؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="105"/>
        <location filename="../coprod_desktop/ui/startup.py" line="122"/>
        <source>&amp;Restore the backup</source>
        <translation>بیک اپ واپس لائیں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="106"/>
        <location filename="../coprod_desktop/ui/startup.py" line="124"/>
        <source>&amp;Quit</source>
        <translation>بند کریں (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="115"/>
        <source>You can restore the newest good backup ({name}), or open the file as it is. The file is kept either way.</source>
        <translation>آپ تازہ ترین درست بیک اپ ({name}) بحال کر سکتے ہیں، یا فائل جیسی ہے ویسی کھول سکتے ہیں۔ فائل دونوں صورتوں میں رکھی جاتی ہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="118"/>
        <source>There is no backup to restore. You can open the file as it is.</source>
        <translation>بحال کرنے کے لیے کوئی بیک اپ نہیں۔ آپ فائل جیسی ہے ویسی کھول سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="123"/>
        <source>&amp;Open it as it is</source>
        <translation>جیسی ہے ویسی کھولیں (&amp;O)</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="59"/>
        <source>Payment and expense rates</source>
        <translation>ادائیگی اور اخراجات کی شرحیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="66"/>
        <source>Rates</source>
        <translation>شرحیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="70"/>
        <source>&amp;Mileage, pounds per mile:</source>
        <translation>میلوں کا خرچ، پاؤنڈ فی میل (&amp;M):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="72"/>
        <source>For example 0.45 for 45p a mile</source>
        <translation>مثلاً 45p فی میل کے لیے 0.45</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="76"/>
        <source>&amp;Payment, pounds per hour:</source>
        <translation>ادائیگی، پاؤنڈ فی گھنٹہ (&amp;P):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="78"/>
        <source>For people who chose payment for their time. 0 until your organisation sets it</source>
        <translation>ان لوگوں کے لیے جنہوں نے اپنے وقت کی ادائیگی چنی۔ جب تک آپ کی تنظیم اسے طے نہ کرے، 0</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="82"/>
        <source>&amp;Voucher, pounds per meeting:</source>
        <translation>واؤچر، پاؤنڈ فی میٹنگ (&amp;V):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="84"/>
        <source>For people who chose a voucher for each meeting</source>
        <translation>ان لوگوں کے لیے جنہوں نے ہر میٹنگ کے لیے واؤچر چنا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="88"/>
        <source>&amp;Save rates</source>
        <translation>شرحیں محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="98"/>
        <source>Finance export</source>
        <translation>فنانس ایکسپورٹ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="102"/>
        <source>A spreadsheet for the finance team: one row per person per meeting, with their full name, what is owed in pence and why.</source>
        <translation>فنانس ٹیم کے لیے ایک اسپریڈشیٹ: ہر میٹنگ میں ہر شخص کی ایک سطر، پورے نام، واجب رقم (پینس میں) اور وجہ کے ساتھ۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="110"/>
        <source>&amp;From (like 2026-11-01):</source>
        <translation>کب سے (جیسے 2026-11-01) (&amp;F):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="110"/>
        <source>The first meeting date</source>
        <translation>پہلی میٹنگ کی تاریخ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="111"/>
        <source>&amp;To (like 2026-11-30):</source>
        <translation>کب تک (جیسے 2026-11-30) (&amp;T):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="111"/>
        <source>The last meeting date</source>
        <translation>آخری میٹنگ کی تاریخ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="112"/>
        <source>Save the finance e&amp;xport…</source>
        <translation>فنانس ایکسپورٹ محفوظ کریں (&amp;X)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="118"/>
        <source>&amp;Close</source>
        <translation>بند کریں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="167"/>
        <source>The rates are saved.</source>
        <translation>شرحیں محفوظ ہو گئیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="177"/>
        <source>Save the finance export</source>
        <translation>فنانس ایکسپورٹ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="177"/>
        <source>Spreadsheets (*.csv)</source>
        <translation>اسپریڈشیٹ (*.csv)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="198"/>
        <source>The finance export is saved: {path}</source>
        <translation>فنانس ایکسپورٹ محفوظ ہو گئی: {path}</translation>
    </message>
</context>
<context>
    <name>ReadBackBar</name>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="60"/>
        <source>✓ Yes, that&apos;s right</source>
        <extracomment>the read-back&apos;s answer: the person says what was written down is right.</extracomment>
        <translation>✓ جی ہاں، یہ ٹھیک ہے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="62"/>
        <source>✎ Change it</source>
        <extracomment>the read-back&apos;s answer: the person wants what was written down changed.</extracomment>
        <translation>✎ بدلیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="63"/>
        <source>Yes, that&apos;s right</source>
        <translation>جی ہاں، یہ ٹھیک ہے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="64"/>
        <source>Change it</source>
        <translation>بدلیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="65"/>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="66"/>
        <source>Shortcut: {key}</source>
        <translation>شارٹ کٹ: {key}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="89"/>
        <source>{name} said: {words}</source>
        <extracomment>the read-back in the console after Save; {name} is the person as credited, {words} what was written down for them.</extracomment>
        <translation>{name} نے کہا: {words}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="90"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="92"/>
        <source>Read back: {said}</source>
        <translation>پڑھ کر سنایا: {said}</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../coprod_desktop/ui/widgets/read_only_banner.py" line="23"/>
        <source>This file can only be read: changes cannot be saved. You can look at meetings and print them. To make changes, copy the file to a folder you can write to and open the copy.</source>
        <translation>یہ فائل صرف پڑھی جا سکتی ہے: تبدیلیاں محفوظ نہیں ہو سکتیں۔ آپ اجلاس دیکھ اور پرنٹ کر سکتے ہیں۔ تبدیلیوں کے لیے فائل کو ایسے فولڈر میں نقل کریں جس میں آپ لکھ سکتے ہیں اور نقل کھولیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/read_only_banner.py" line="44"/>
        <source>Read-only file</source>
        <extracomment>Accessible name of the banner shown when the meeting database can only be read.</extracomment>
        <translation>صرف پڑھنے والی فائل</translation>
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
        <translation>بلند آواز سے پڑھا جا رہا ہے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/reading_bar.py" line="35"/>
        <source>■ Stop reading</source>
        <translation>■ پڑھنا روکیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/reading_bar.py" line="36"/>
        <source>Stop reading</source>
        <translation>پڑھنا روکیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/reading_bar.py" line="37"/>
        <source>Shortcut: Escape</source>
        <translation>شارٹ کٹ: Escape</translation>
    </message>
</context>
<context>
    <name>ReplaceQuestion</name>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="23"/>
        <source>1 file with this name is already in that folder. Replace it, keep both (new name), or cancel?</source>
        <translation>اس فولڈر میں اس نام کی 1 فائل پہلے سے ہے۔ اسے بدلیں، دونوں رکھیں (نیا نام)، یا منسوخ کریں؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="26"/>
        <source>Files with these names already in that folder: {count}. Replace them, keep both (new names), or cancel?</source>
        <translation>ان ناموں کی فائلیں پہلے سے اس فولڈر میں: {count}۔ انہیں بدلیں، دونوں رکھیں (نئے نام)، یا منسوخ کریں؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="30"/>
        <source>Files already there</source>
        <translation>فائلیں پہلے سے موجود ہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="31"/>
        <source>&amp;Replace</source>
        <translation>بدلیں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="32"/>
        <source>&amp;Keep both</source>
        <translation>دونوں رکھیں (&amp;K)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="34"/>
        <source>Replace</source>
        <translation>بدلیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="34"/>
        <source>Keep both</source>
        <translation>دونوں رکھیں</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="43"/>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="154"/>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="161"/>
        <source>Restore from a backup</source>
        <translation>بیک اپ سے بحال کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="45"/>
        <source>&amp;Backups, newest first:</source>
        <translation>بیک اپ، تازہ ترین پہلے: (&amp;B)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="48"/>
        <source>Backups</source>
        <translation>بیک اپ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="60"/>
        <source>There are no backups of this file yet.</source>
        <translation>اس فائل کے ابھی کوئی بیک اپ نہیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="62"/>
        <source>&amp;Restore…</source>
        <translation>بحال کریں (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="88"/>
        <source>at the start of a meeting</source>
        <translation>اجلاس کے آغاز پر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="89"/>
        <source>after a meeting</source>
        <translation>اجلاس کے بعد</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="90"/>
        <source>daily backup</source>
        <translation>روزانہ بیک اپ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="91"/>
        <source>Back up now</source>
        <translation>ابھی بیک اپ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="92"/>
        <source>from the command line</source>
        <translation>کمانڈ لائن سے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="93"/>
        <source>before an update of CoProd Desktop</source>
        <translation>CoProd Desktop کی اپ ڈیٹ سے پہلے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="100"/>
        <source>{when}: cannot be read</source>
        <extracomment>A backup in the list that cannot be read. {when}: a date and time.</extracomment>
        <translation>{when}: پڑھی نہیں جا سکتی</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="102"/>
        <source>{when}, {why}. Meetings: {meetings}. Contributions: {contributions}.</source>
        <extracomment>One backup in the list. {when}: a date and time; {why}: why it was made; then two numbers.</extracomment>
        <translation>{when}، {why}۔ اجلاس: {meetings}۔ شراکتیں: {contributions}۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="116"/>
        <source>You will lose the meeting &apos;{title}&apos; and its contributions ({count}).</source>
        <extracomment>{title}: a meeting&apos;s title; {count}: a number of contributions.</extracomment>
        <translation>آپ اجلاس &apos;{title}&apos; اور اس کی شراکتیں ({count}) کھو دیں گے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="120"/>
        <source>The meeting &apos;{title}&apos; will come back, with its contributions ({count}).</source>
        <translation>اجلاس &apos;{title}&apos; اپنی شراکتوں ({count}) کے ساتھ واپس آئے گا۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="126"/>
        <source>In &apos;{title}&apos; you will lose contributions made since then: {count}.</source>
        <translation>&apos;{title}&apos; میں آپ تب سے کی گئی شراکتیں کھو دیں گے: {count}۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="132"/>
        <source>In &apos;{title}&apos; contributions will come back: {count}.</source>
        <translation>&apos;{title}&apos; میں شراکتیں واپس آئیں گی: {count}۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="139"/>
        <source>Restore the backup from {when}?</source>
        <translation>{when} کا بیک اپ بحال کریں؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="141"/>
        <source>It holds the same meetings and contributions as the file open now.</source>
        <translation>اس میں وہی اجلاس اور شراکتیں ہیں جو ابھی کھلی فائل میں ہیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="144"/>
        <source>The file open now is kept aside first, so nothing is deleted.</source>
        <translation>ابھی کھلی فائل پہلے الگ رکھ دی جاتی ہے، اس لیے کچھ حذف نہیں ہوتا۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="162"/>
        <source>&amp;Restore</source>
        <translation>بحال کریں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="163"/>
        <source>&amp;Keep the file as it is</source>
        <translation>فائل جیسی ہے ویسی رکھیں (&amp;K)</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="29"/>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="31"/>
        <source>Keep meetings for</source>
        <translation>میٹنگیں کب تک رکھیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="37"/>
        <source>Months: {count}</source>
        <extracomment>A period kept that is not one of the choices offered. {count}: a number of months.</extracomment>
        <translation>مہینے: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="39"/>
        <source>&amp;Keep meetings for:</source>
        <translation>میٹنگیں کب تک رکھیں (&amp;K):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="66"/>
        <source>Until I delete them</source>
        <translation>جب تک میں حذف نہ کروں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="67"/>
        <source>6 months</source>
        <translation>6 مہینے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="68"/>
        <source>1 year</source>
        <translation>1 سال</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="69"/>
        <source>2 years</source>
        <translation>2 سال</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="70"/>
        <source>3 years</source>
        <translation>3 سال</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="71"/>
        <source>6 years</source>
        <translation>6 سال</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="78"/>
        <source>Nothing is deleted without asking.</source>
        <translation>پوچھے بغیر کچھ حذف نہیں ہوتا۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="80"/>
        <source>Meetings are kept until you delete them. None are listed for clean-up.</source>
        <translation>میٹنگیں تب تک رکھی جاتی ہیں جب تک آپ انہیں حذف نہ کریں۔ کوئی بھی صفائی کے لیے درج نہیں ہوتی۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="81"/>
        <source>Meetings older than 6 months will be listed for clean-up.</source>
        <translation>6 مہینے سے پرانی میٹنگیں صفائی کے لیے درج ہوں گی۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="82"/>
        <source>Meetings older than 1 year will be listed for clean-up.</source>
        <translation>1 سال سے پرانی میٹنگیں صفائی کے لیے درج ہوں گی۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="83"/>
        <source>Meetings older than 2 years will be listed for clean-up.</source>
        <translation>2 سال سے پرانی میٹنگیں صفائی کے لیے درج ہوں گی۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="84"/>
        <source>Meetings older than 3 years will be listed for clean-up.</source>
        <translation>3 سال سے پرانی میٹنگیں صفائی کے لیے درج ہوں گی۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="85"/>
        <source>Meetings older than 6 years will be listed for clean-up.</source>
        <translation>6 سال سے پرانی میٹنگیں صفائی کے لیے درج ہوں گی۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="87"/>
        <source>Meetings older than the months chosen will be listed for clean-up.</source>
        <translation>چنے گئے مہینوں سے پرانی میٹنگیں صفائی کے لیے درج ہوں گی۔</translation>
    </message>
</context>
<context>
    <name>RoomAnnouncer</name>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="103"/>
        <source>The room: {meeting}.</source>
        <translation>کمرہ: {meeting}۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="118"/>
        <source>This meeting has no prompts yet.</source>
        <translation>اس میٹنگ میں ابھی کوئی موضوع نہیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="120"/>
        <source>Prompt {n} of {total}: {prompt}</source>
        <extracomment>announced to screen readers on opening the room and on moving to another prompt.</extracomment>
        <translation>{total} میں سے موضوع {n}: {prompt}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="124"/>
        <source>Nobody is speaking yet.</source>
        <translation>ابھی کوئی نہیں بول رہا۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="126"/>
        <source>{name} is speaking.</source>
        <extracomment>announced to screen readers when it is someone&apos;s turn; {name} is how they are credited.</extracomment>
        <translation>{name} بول رہے ہیں۔</translation>
    </message>
</context>
<context>
    <name>RoomCorrecting</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="36"/>
        <source>Save</source>
        <translation>محفوظ کرنا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="37"/>
        <source>the correction</source>
        <translation>درستی</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="38"/>
        <source>the new credit</source>
        <translation>نیا نام</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="39"/>
        <source>the move</source>
        <translation>منتقلی</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="40"/>
        <source>“yes, that&apos;s right”</source>
        <translation>“جی ہاں، یہ ٹھیک ہے”</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="41"/>
        <source>“change it”</source>
        <translation>“بدلیں”</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="42"/>
        <source>the support</source>
        <translation>مدد</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="43"/>
        <source>the agreement</source>
        <translation>اتفاق</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="44"/>
        <source>taking the agreement back</source>
        <translation>اتفاق واپس لینا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="45"/>
        <source>the pass</source>
        <translation>“ابھی نہیں”</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="151"/>
        <source>Correcting what {name} said. Each change is saved at once.</source>
        <extracomment>the heading of the console&apos;s correcting panel; {name} is the person as credited.</extracomment>
        <translation>{name} کی بات درست ہو رہی ہے۔ ہر تبدیلی فوراً محفوظ ہوتی ہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="161"/>
        <source>{n}. {prompt}</source>
        <translation>{n}. {prompt}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="164"/>
        <source>Other things people said</source>
        <translation>لوگوں کی دوسری باتیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="211"/>
        <source>Saved the correction.</source>
        <translation>درستی محفوظ ہو گئی۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="221"/>
        <source>It is now credited to {name}.</source>
        <translation>اب یہ {name} کے نام سے دکھتا ہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="228"/>
        <source>Moved to “{prompt}”.</source>
        <translation>“{prompt}” پر منتقل ہو گئی۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="238"/>
        <source>Withdraw what {name} said? It leaves the wall, the room display and the printouts, and its words are erased: this cannot be undone.</source>
        <translation>{name} کی بات واپس لیں؟ یہ دیوار، کمرے کی اسکرین اور پرنٹ سے ہٹ جائے گی، اور باتیں مٹ جائیں گی: یہ واپس نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="241"/>
        <source>Withdraw</source>
        <translation>واپس لیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="244"/>
        <source>Withdrawn: what {name} said has been erased.</source>
        <translation>واپس لے لی گئی: {name} کی بات مٹا دی گئی۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="56"/>
        <source>Undo</source>
        <translation>واپس کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="59"/>
        <source>Undo (a withdrawal cannot be undone)</source>
        <extracomment>on the Undo button after a contribution was withdrawn: it cannot come back.</extracomment>
        <translation>واپس کریں (واپس لی گئی بات واپس نہیں آ سکتی)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="61"/>
        <source>Undo: {what}</source>
        <extracomment>on the Undo button; {what} is what it would take back (&quot;Save&quot;, &quot;the move&quot;).</extracomment>
        <translation>واپس کریں: {what}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="67"/>
        <source>Undone.</source>
        <extracomment>on the status line after Undo; {what} is what was taken back (&quot;the move&quot;).</extracomment>
        <translation>واپس ہو گیا۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="67"/>
        <source>Undone: {what}</source>
        <extracomment>on the status line after Undo; {what} is what was taken back (&quot;the move&quot;).</extracomment>
        <translation>واپس ہو گیا: {what}</translation>
    </message>
</context>
<context>
    <name>RoomDisplay</name>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="68"/>
        <source>Room display</source>
        <translation>کمرے کی اسکرین</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="350"/>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="488"/>
        <source>✓ confirmed</source>
        <translation>✓ تصدیق شدہ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="353"/>
        <source>✎ being corrected</source>
        <translation>✎ درست ہو رہی ہے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="357"/>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="484"/>
        <source>{name} said:</source>
        <translation>{name} نے کہا:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="362"/>
        <source>supporter</source>
        <translation>مددگار</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="363"/>
        <source>advocate</source>
        <translation>ایڈووکیٹ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="364"/>
        <source>interpreter</source>
        <translation>ترجمان</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="371"/>
        <source>with support from {supporter} ({role})</source>
        <translation>{supporter} ({role}) کی مدد سے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="375"/>
        <source>with support from their {role}</source>
        <translation>اپنے {role} کی مدد سے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="383"/>
        <source>{name} agrees</source>
        <translation>{name} متفق ہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="386"/>
        <source>{names} and {count} more agree</source>
        <translation>{names} اور {count} مزید متفق ہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="387"/>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="390"/>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="479"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="390"/>
        <source>{names} and {last}</source>
        <translation>{names} اور {last}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="392"/>
        <source>{names} agree</source>
        <translation>{names} متفق ہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="397"/>
        <source>Looking back: prompt {number} of {count}</source>
        <translation>پیچھے مڑ کر دیکھیں: {count} میں سے موضوع {number}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="401"/>
        <source>Looking back</source>
        <translation>پیچھے مڑ کر دیکھیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="406"/>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="476"/>
        <source>{name}, your turn?</source>
        <translation>{name}، آپ کی باری؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="415"/>
        <source>Waiting to speak:</source>
        <translation>بولنے کے منتظر:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="419"/>
        <source>+{count} more</source>
        <translation>+{count} مزید</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="425"/>
        <source>✓ Yes, that&apos;s right</source>
        <translation>✓ جی ہاں، یہ ٹھیک ہے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="427"/>
        <source>✎ Change it</source>
        <translation>✎ بدلیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="432"/>
        <source>Is that right?</source>
        <translation>کیا یہ ٹھیک ہے؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="438"/>
        <source>Page {page} of {pages}</source>
        <translation>صفحہ {page} از {pages}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="435"/>
        <source>{name} is speaking</source>
        <translation>{name} بول رہے ہیں</translation>
    </message>
</context>
<context>
    <name>RoomScanning</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="70"/>
        <source>Yes, or change it</source>
        <extracomment>a switch-scanning group: the answers to the read-back after Save.</extracomment>
        <translation>جی ہاں، یا بدلیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="72"/>
        <source>People</source>
        <extracomment>a switch-scanning group: the person tiles.</extracomment>
        <translation>لوگ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="74"/>
        <source>Quick cards</source>
        <extracomment>a switch-scanning group: the row of cards matching their words, or used lately.</extracomment>
        <translation>فوری کارڈ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="76"/>
        <source>Cards</source>
        <extracomment>a switch-scanning group: every picture card shown.</extracomment>
        <translation>کارڈ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="78"/>
        <source>Actions</source>
        <extracomment>a switch-scanning group: Save, Read aloud, Next and Previous prompt, Not now, Clear.</extracomment>
        <translation>بٹن</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="82"/>
        <source>Take a card away</source>
        <translation>کارڈ ہٹائیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="104"/>
        <source>{name}: no longer agrees</source>
        <extracomment>a switch-scanning choice; {name} is how the person is credited.</extracomment>
        <translation>{name}: اب متفق نہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="104"/>
        <source>{name} agrees</source>
        <extracomment>a switch-scanning choice; {name} is how the person is credited.</extracomment>
        <translation>{name} متفق ہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="107"/>
        <source>{name}: no longer waiting</source>
        <translation>{name}: اب انتظار نہیں کر رہے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="107"/>
        <source>{name} asks to speak</source>
        <translation>{name} بولنا چاہتے ہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="111"/>
        <source>Agree with the newest</source>
        <extracomment>a switch-scanning group: people add their marker to the newest contribution.</extracomment>
        <translation>تازہ ترین سے اتفاق</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="113"/>
        <source>Ask to speak</source>
        <extracomment>a switch-scanning group: people join (or leave) the queue to speak.</extracomment>
        <translation>بولنے کی درخواست</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="86"/>
        <source>◀ &amp;Previous prompt</source>
        <translation>▶ پچھلا موضوع (&amp;P)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="87"/>
        <source>&amp;Next prompt ▶</source>
        <translation>اگلا موضوع (&amp;N) ◀</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="88"/>
        <source>Previous prompt</source>
        <translation>پچھلا موضوع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="89"/>
        <source>Next prompt</source>
        <translation>اگلا موضوع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="97"/>
        <source>Who is speaking?</source>
        <translation>کون بول رہا ہے؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="104"/>
        <source>Shortcut: {key}</source>
        <translation>شارٹ کٹ: {key}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="111"/>
        <source>&amp;Set up</source>
        <translation>تیاری (&amp;S)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="112"/>
        <source>P&amp;rint summary…</source>
        <translation>خلاصہ پرنٹ کریں (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="114"/>
        <source>Take-home &amp;files…</source>
        <extracomment>Button: each person&apos;s take-home sheet and certificate (and the summary), saved or printed.</extracomment>
        <translation>گھر لے جانے والی فائلیں (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="115"/>
        <source>&amp;Meetings</source>
        <translation>میٹنگیں (&amp;M)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="125"/>
        <source>🔊 Rea&amp;d aloud</source>
        <translation>🔊 بلند آواز سے پڑھیں (&amp;D)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="126"/>
        <source>Read the prompt aloud</source>
        <translation>موضوع بلند آواز سے پڑھیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="128"/>
        <source>Speec&amp;h…</source>
        <translation>آواز (&amp;H)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="129"/>
        <source>Speech settings</source>
        <translation>آواز کی ترتیبات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="355"/>
        <source>Scanning has paused: press the switch to start again.</source>
        <translation>اسکیننگ رک گئی ہے: دوبارہ شروع کرنے کے لیے سوئچ دبائیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="378"/>
        <source>{name} is speaking.</source>
        <translation>{name} بول رہے ہیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="380"/>
        <source>Choose who is speaking.</source>
        <translation>چنیں کہ کون بول رہا ہے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="391"/>
        <source>&amp;Keep {name} speaking after Save</source>
        <extracomment>a check box by Save; {name} is the person speaking now, as credited.</extracomment>
        <translation>محفوظ کرنے کے بعد بھی {name} ہی بولیں (&amp;K)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="393"/>
        <source>&amp;Keep the speaker chosen after Save</source>
        <translation>محفوظ کرنے کے بعد بھی وہی بولنے والا رہے (&amp;K)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="181"/>
        <location filename="../coprod_desktop/ui/room/room_draft.py" line="79"/>
        <source>That is the most cards one contribution can have.</source>
        <translation>ایک بات میں اس سے زیادہ کارڈ نہیں ہو سکتے۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="467"/>
        <source>Saved what {name} said.</source>
        <translation>{name} کی بات محفوظ ہو گئی۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="561"/>
        <source>Reads the prompt aloud. Escape stops reading.</source>
        <translation>موضوع بلند آواز سے پڑھتا ہے۔ Escape سے پڑھنا رک جاتا ہے۔</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="99"/>
        <source>Meeting &amp;title:</source>
        <translation>میٹنگ کا عنوان (&amp;T):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="100"/>
        <source>&amp;Date:</source>
        <translation>تاریخ (&amp;D):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="100"/>
        <source>Year, month and day</source>
        <translation>سال، مہینہ اور دن</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="101"/>
        <source>&amp;Place:</source>
        <translation>جگہ (&amp;P):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="103"/>
        <source>&amp;Language:</source>
        <translation>زبان (&amp;L):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="103"/>
        <source>The language prompts and words are read aloud in</source>
        <translation>وہ زبان جس میں موضوعات اور باتیں بلند آواز سے پڑھی جاتی ہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="105"/>
        <source>&amp;Reading speed:</source>
        <translation>پڑھنے کی رفتار (&amp;R):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="106"/>
        <source>Reading &amp;volume:</source>
        <translation>آواز کی بلندی (&amp;V):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="140"/>
        <source>Meeting set-up</source>
        <translation>میٹنگ کی تیاری</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="141"/>
        <source>1. Details</source>
        <translation>1. تفصیل</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="142"/>
        <source>2. People</source>
        <translation>2. لوگ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="143"/>
        <source>3. Prompts</source>
        <translation>3. موضوعات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="144"/>
        <source>4. Cards</source>
        <translation>4. کارڈ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="150"/>
        <source>&amp;Back to meetings</source>
        <translation>میٹنگوں پر واپس (&amp;B)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="151"/>
        <source>Start the &amp;meeting</source>
        <translation>میٹنگ شروع کریں (&amp;M)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="249"/>
        <source>New meeting</source>
        <translation>نئی میٹنگ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="256"/>
        <source>&amp;Create meeting</source>
        <translation>میٹنگ بنائیں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="226"/>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="258"/>
        <source>Set up: {title}</source>
        <translation>تیاری: {title}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="265"/>
        <source>&amp;Save details</source>
        <translation>تفصیل محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="294"/>
        <source>Meeting created. Now add the people taking part.</source>
        <translation>میٹنگ بن گئی۔ اب شریک لوگوں کو شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="299"/>
        <source>Details saved.</source>
        <translation>تفصیل محفوظ ہو گئی۔</translation>
    </message>
</context>
<context>
    <name>SpeechSettingsDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="20"/>
        <source>Speech</source>
        <translation>آواز</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="24"/>
        <source>Read each prompt aloud when it comes up</source>
        <translation>ہر موضوع سامنے آنے پر بلند آواز سے پڑھیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="27"/>
        <source>Talking cards: say each picture card as it is chosen</source>
        <translation>بولتے کارڈ: ہر تصویری کارڈ چننے پر اس کا نام بولیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="30"/>
        <source>Read back each contribution after it is saved</source>
        <translation>ہر بات محفوظ ہونے کے بعد پڑھ کر سنائیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="36"/>
        <source>Speech engine</source>
        <translation>آواز کا انجن</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="38"/>
        <source>Speech &amp;engine:</source>
        <translation>آواز کا انجن (&amp;E):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="41"/>
        <source>A new engine is used from the next time CoProd Desktop starts.</source>
        <translation>نیا انجن اگلی بار CoProd Desktop شروع ہونے پر استعمال ہو گا۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="11"/>
        <source>Choose automatically</source>
        <extracomment>A speech engine, chosen from a list. &apos;eSpeak NG&apos;, &apos;pyttsx3&apos; and &apos;Qt&apos; are names: keep them.</extracomment>
        <translation>خود بخود چنیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="12"/>
        <source>eSpeak NG (through pyttsx3)</source>
        <extracomment>A speech engine, chosen from a list. &apos;eSpeak NG&apos;, &apos;pyttsx3&apos; and &apos;Qt&apos; are names: keep them.</extracomment>
        <translation>eSpeak NG (pyttsx3 کے ذریعے)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="13"/>
        <source>The system&apos;s speech (Qt)</source>
        <extracomment>A speech engine, chosen from a list. &apos;eSpeak NG&apos;, &apos;pyttsx3&apos; and &apos;Qt&apos; are names: keep them.</extracomment>
        <translation>سسٹم کی آواز (Qt)</translation>
    </message>
</context>
<context>
    <name>Speed</name>
    <message>
        <location filename="../coprod_desktop/domain/speech.py" line="36"/>
        <source>Much slower</source>
        <extracomment>A reading speed for speech, chosen from a list: Much slower, Slower, Normal, Faster.</extracomment>
        <translation>بہت آہستہ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/speech.py" line="36"/>
        <source>Slower</source>
        <extracomment>A reading speed for speech, chosen from a list: Much slower, Slower, Normal, Faster.</extracomment>
        <translation>آہستہ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/speech.py" line="36"/>
        <source>Normal</source>
        <extracomment>A reading speed for speech, chosen from a list: Much slower, Slower, Normal, Faster.</extracomment>
        <translation>عام</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/speech.py" line="36"/>
        <source>Faster</source>
        <extracomment>A reading speed for speech, chosen from a list: Much slower, Slower, Normal, Faster.</extracomment>
        <translation>تیز</translation>
    </message>
</context>
<context>
    <name>SummaryPrinter</name>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="58"/>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="101"/>
        <source>Print summary</source>
        <translation>خلاصہ پرنٹ کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="59"/>
        <source>Print the summary of this meeting, or save it as a PDF file?</source>
        <translation>اس میٹنگ کا خلاصہ پرنٹ کریں یا PDF فائل کے طور پر محفوظ کریں؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="60"/>
        <source>&amp;Print…</source>
        <translation>پرنٹ (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="61"/>
        <source>&amp;Save as PDF…</source>
        <translation>PDF کے طور پر محفوظ کریں (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="77"/>
        <source>Save summary as PDF</source>
        <translation>خلاصہ PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="77"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="82"/>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="102"/>
        <source>Making the summary…</source>
        <translation>خلاصہ بن رہا ہے…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="86"/>
        <source>Summary saved: {path}</source>
        <translation>خلاصہ محفوظ ہو گیا: {path}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="114"/>
        <source>Printing cancelled.</source>
        <translation>پرنٹنگ منسوخ کر دی گئی۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="104"/>
        <source>The summary could not be printed: the printer could not be started.</source>
        <translation>خلاصہ پرنٹ نہیں ہو سکا: پرنٹر شروع نہیں ہو سکا۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="105"/>
        <source>The summary could not be printed.</source>
        <translation>خلاصہ پرنٹ نہیں ہو سکا۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="103"/>
        <source>Summary sent to the printer.</source>
        <translation>خلاصہ پرنٹر کو بھیج دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="106"/>
        <source>The summary could not be made: {reason}</source>
        <translation>خلاصہ نہیں بن سکا: {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="107"/>
        <source>The summary could not be made.</source>
        <translation>خلاصہ نہیں بن سکا۔</translation>
    </message>
</context>
<context>
    <name>SupportPicker</name>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="37"/>
        <source>Nobody</source>
        <extracomment>who helped someone contribute: nobody (the first choice of a list).</extracomment>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="38"/>
        <source>A supporter</source>
        <translation>مددگار</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="39"/>
        <source>An advocate</source>
        <translation>ایڈووکیٹ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="40"/>
        <source>An interpreter</source>
        <translation>ترجمان</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="41"/>
        <source>Supported by</source>
        <translation>کس کی مدد سے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="43"/>
        <source>Who helped them make this contribution: shown with their name and printed</source>
        <translation>اس بات میں کس نے ان کی مدد کی: ان کے نام کے ساتھ دکھتا اور چھپتا ہے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="45"/>
        <source>S&amp;upported by:</source>
        <translation>کس کی مدد سے (&amp;U):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="48"/>
        <source>Supporter&apos;s name (optional)</source>
        <translation>مددگار کا نام (اختیاری)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="49"/>
        <source>Leave it empty to credit the support by its kind alone</source>
        <translation>خالی چھوڑیں تو صرف مدد کی قسم دکھے گی</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="52"/>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
</context>
<context>
    <name>SwitchAccess</name>
    <message>
        <location filename="../coprod_desktop/ui/widgets/switch_access.py" line="213"/>
        <source>Go back</source>
        <translation>واپس جائیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/switch_access.py" line="215"/>
        <source>{group}: {first} to {last}</source>
        <translation>{group}: {first} سے {last} تک</translation>
    </message>
</context>
<context>
    <name>TakeHomeDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="76"/>
        <source>Take-home sheets and certificates</source>
        <translation>گھر لے جانے والے کاغذات اور اسناد</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="84"/>
        <source>&amp;Easy Read take-home sheets</source>
        <translation>آسان پڑھائی والے گھر کے کاغذات (&amp;E)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="85"/>
        <source>&amp;Records of involvement (certificates)</source>
        <translation>شرکت کے ریکارڈ (اسناد) (&amp;R)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="86"/>
        <source>&amp;Group summary</source>
        <translation>گروپ کا خلاصہ (&amp;G)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="88"/>
        <source>Also a copy for screen readers and phones (&amp;web page)</source>
        <extracomment>A check box: each document also as a web page (HTML), which screen readers and phones read well.</extracomment>
        <translation>اسکرین ریڈر اور فون کے لیے نقل بھی (ویب صفحہ) (&amp;W)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="90"/>
        <source>What people said, as a spreads&amp;heet (CSV)</source>
        <extracomment>A check box: every contribution of the meeting saved as a CSV file, one row each, for a spreadsheet.</extracomment>
        <translation>لوگوں نے کیا کہا، اسپریڈشیٹ کے طور پر (CSV) (&amp;H)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="93"/>
        <source>The meeting, as an e&amp;xport file to move to another laptop (JSON)</source>
        <extracomment>A check box: the whole meeting saved as a JSON file, to import on another laptop with this app.</extracomment>
        <translation>اجلاس، دوسرے لیپ ٹاپ پر لے جانے کے لیے ایکسپورٹ فائل (JSON) (&amp;X)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="97"/>
        <source>One for the whole group, whoever is chosen below</source>
        <translation>پورے گروپ کے لیے ایک، نیچے جو بھی چنا جائے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="103"/>
        <source>What to make</source>
        <translation>کیا بنانا ہے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="112"/>
        <source>Everyone (in all: {count})</source>
        <extracomment>First in the list of whom to make documents for: everyone in the meeting; {count} is how many.</extracomment>
        <translation>سب (کل: {count})</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="117"/>
        <source>&amp;For whom:</source>
        <translation>کس کے لیے: (&amp;F)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="120"/>
        <source>For whom</source>
        <translation>کس کے لیے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="121"/>
        <source>Everyone, or one person, by the name they chose</source>
        <translation>سب، یا ایک شخص، اس نام سے جو انہوں نے چنا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="130"/>
        <source>No take-home sheet or certificate is made for them, as they asked: {names}</source>
        <extracomment>Under &quot;For whom&quot;: the people who said no to take-home documents; {names} is a list of names.</extracomment>
        <translation>ان کی مرضی کے مطابق، ان کے لیے گھر لے جانے والا کاغذ یا سند نہیں بنتی: {names}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="140"/>
        <source>&amp;Save into a folder…</source>
        <translation>فولڈر میں محفوظ کریں (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="141"/>
        <source>&amp;Print…</source>
        <translation>پرنٹ (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="142"/>
        <source>&amp;Close</source>
        <translation>بند کریں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="143"/>
        <source>Save into a folder</source>
        <translation>فولڈر میں محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="144"/>
        <source>Print</source>
        <translation>پرنٹ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="145"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
</context>
<context>
    <name>TakeHomeSaver</name>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="64"/>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="183"/>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="210"/>
        <source>Take-home sheets and certificates</source>
        <translation>گھر لے جانے والے کاغذات اور اسناد</translation>
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
        <translation>پرنٹ کرنے کے لیے ایک شخص اور ایک دستاویز چنیں، یا صرف گروپ کا خلاصہ۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="126"/>
        <source>Save into which folder?</source>
        <translation>کس فولڈر میں محفوظ کریں؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="132"/>
        <source>Checking the folder…</source>
        <translation>فولڈر دیکھا جا رہا ہے…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="143"/>
        <source>Nothing was saved.</source>
        <translation>کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="146"/>
        <source>Making the documents…</source>
        <translation>دستاویزات بنائی جا رہی ہیں…</translation>
    </message>
    <message>
        <source>1 file with this name is already in that folder. Replace it, keep both (new name), or cancel?</source>
        <translation type="vanished">اس فولڈر میں اس نام کی 1 فائل پہلے سے ہے۔ اسے بدلیں، دونوں رکھیں (نیا نام)، یا منسوخ کریں؟</translation>
    </message>
    <message>
        <source>Files with these names already in that folder: {count}. Replace them, keep both (new names), or cancel?</source>
        <translation type="vanished">ان ناموں کی فائلیں پہلے سے اس فولڈر میں: {count}۔ انہیں بدلیں، دونوں رکھیں (نئے نام)، یا منسوخ کریں؟</translation>
    </message>
    <message>
        <source>Files already there</source>
        <translation type="vanished">فائلیں پہلے سے موجود ہیں</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="vanished">بدلیں (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation type="vanished">دونوں رکھیں (&amp;K)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="vanished">بدلیں</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="vanished">دونوں رکھیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="166"/>
        <source>Saved 1 file in {folder}.</source>
        <translation>1 فائل {folder} میں محفوظ ہوئی۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="168"/>
        <source>Files saved in {folder}: {count}.</source>
        <translation>{folder} میں محفوظ فائلیں: {count}۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="172"/>
        <source>Saved</source>
        <translation>محفوظ ہو گیا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="180"/>
        <source>The documents could not be saved: {reason}</source>
        <translation>دستاویزات محفوظ نہیں ہو سکیں: {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="184"/>
        <source>The documents could not be saved.</source>
        <translation>دستاویزات محفوظ نہیں ہو سکیں۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="211"/>
        <source>Making the document to print…</source>
        <translation>پرنٹ کے لیے دستاویز بنائی جا رہی ہے…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="212"/>
        <source>The document was sent to the printer.</source>
        <translation>دستاویز پرنٹر کو بھیج دی گئی۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="213"/>
        <source>The document could not be printed: the printer could not be started.</source>
        <translation>دستاویز پرنٹ نہیں ہو سکی: پرنٹر شروع نہیں ہو سکا۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="214"/>
        <source>The document could not be printed.</source>
        <translation>دستاویز پرنٹ نہیں ہو سکی۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="215"/>
        <source>The document could not be made: {reason}</source>
        <translation>دستاویز نہیں بن سکی: {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="216"/>
        <source>The document could not be made.</source>
        <translation>دستاویز نہیں بن سکی۔</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="150"/>
        <source>Contributions</source>
        <translation>باتیں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="158"/>
        <source>Nothing has been added for this prompt yet.</source>
        <translation>اس موضوع پر ابھی کچھ شامل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="173"/>
        <source>✎ Correct…</source>
        <extracomment>corrects the contribution that has (or last had) the keyboard focus on the wall.</extracomment>
        <translation>✎ درست کریں…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="174"/>
        <source>Correct the chosen contribution</source>
        <translation>چنی گئی بات درست کریں</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="175"/>
        <source>Enter on a contribution does it too</source>
        <translation>کسی بات پر Enter دبانے سے بھی یہی ہوتا ہے</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="269"/>
        <source>Show earlier contributions ({n} more)</source>
        <translation>پہلے کی باتیں دکھائیں (مزید: {n})</translation>
    </message>
</context>
</TS>
