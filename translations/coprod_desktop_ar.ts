<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en_GB">
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="43"/>
        <source> seconds</source>
        <translation> ثانية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="53"/>
        <source>Display and access</source>
        <translation>العرض وسهولة الوصول</translation>
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
        <translation>حركة أقل على الشاشة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="78"/>
        <source>No moving highlight while words are read, no animations, no blinking cursor</source>
        <translation>لا تمييز متحرك أثناء قراءة الكلمات، ولا رسوم متحركة، ولا مؤشر وامض</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="81"/>
        <source>Switch access in the room</source>
        <translation>الوصول بالمفتاح في الاجتماع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="84"/>
        <source>One switch: the highlight moves by itself</source>
        <translation>مفتاح واحد: التمييز يتحرك وحده</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="85"/>
        <source>Two switches: one moves, one chooses</source>
        <translation>مفتاحان: واحد للتحريك وواحد للاختيار</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="89"/>
        <source>Say each item as it is highlighted</source>
        <translation>قراءة كل عنصر بصوت عالٍ عند تمييزه</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="98"/>
        <source>&amp;Language of the app:</source>
        <translation>لغة التطبيق (&amp;L):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="99"/>
        <source>&amp;Colours:</source>
        <translation>الألوان (&amp;C):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="99"/>
        <source>High contrast themes have the strongest contrast</source>
        <translation>سمات التباين العالي لها أقوى تباين</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="100"/>
        <source>&amp;Text size:</source>
        <translation>حجم النص (&amp;T):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="101"/>
        <source>&amp;Font:</source>
        <translation>الخط (&amp;F):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="103"/>
        <source>Seeing</source>
        <translation>الرؤية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="110"/>
        <source>&amp;Which screen:</source>
        <translation>أي شاشة (&amp;W):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="112"/>
        <source>With one screen the display covers the console; Escape brings the console back</source>
        <translation>مع شاشة واحدة تغطي شاشة القاعة شاشة التحكم؛ Escape يعيد شاشة التحكم</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="114"/>
        <source>Text si&amp;ze:</source>
        <translation>حجم النص (&amp;Z):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="115"/>
        <source>C&amp;olours:</source>
        <translation>الألوان (&amp;O):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="117"/>
        <source>Room display: which screen</source>
        <translation>شاشة القاعة: أي شاشة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="118"/>
        <source>Room display: text size</source>
        <translation>شاشة القاعة: حجم النص</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="119"/>
        <source>Room display: colours</source>
        <translation>شاشة القاعة: الألوان</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="120"/>
        <source>Room display</source>
        <translation>شاشة القاعة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="125"/>
        <source>&amp;Switches:</source>
        <translation>المفاتيح (&amp;S):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="127"/>
        <source>Time on each &amp;item:</source>
        <translation>الوقت على كل عنصر (&amp;I):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="127"/>
        <source>How long the highlight stays, 0.5 to 10 seconds</source>
        <translation>مدة بقاء التمييز، من 0.5 إلى 10 ثوانٍ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="131"/>
        <source>E&amp;xtra time on the first item:</source>
        <translation>وقت إضافي على العنصر الأول (&amp;X):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="133"/>
        <source>Time to get ready after a choice</source>
        <translation>وقت للاستعداد بعد الاختيار</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="137"/>
        <source>&amp;Hold the switch for:</source>
        <translation>اضغط على المفتاح مدة (&amp;H):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="139"/>
        <source>A press counts only when held this long; 0 counts every press</source>
        <translation>تُحسب الضغطة فقط إذا استمرت هذه المدة؛ 0 يعني أن كل ضغطة تُحسب</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="142"/>
        <source>Switch access</source>
        <translation>الوصول بالمفتاح</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="182"/>
        <source>Choose for me</source>
        <translation>اختر لي</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="189"/>
        <source>{name} (not connected now)</source>
        <extracomment>A screen chosen before (its name from the system) that is not plugged in now.</extracomment>
        <translation>{name} (غير موصولة الآن)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="232"/>
        <source>Screen {number}: {width} × {height}</source>
        <extracomment>A screen in the list of screens the room display can be shown on, when it has no name.</extracomment>
        <translation>الشاشة {number}: {width} × {height}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/access_dialog.py" line="236"/>
        <source>Screen {number}: {name} {width} × {height}</source>
        <extracomment>A screen in the list of screens the room display can be shown on: its number, name and size.</extracomment>
        <translation>الشاشة {number}: {name} {width} × {height}</translation>
    </message>
</context>
<context>
    <name>AfterMeetingPanel</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="75"/>
        <source>After the meeting: for the take-home sheets</source>
        <translation>بعد الاجتماع: لأوراق المشاركين</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="78"/>
        <source>Printed on everyone&apos;s sheet. Leave out what you do not need.</source>
        <translation>تُطبع على ورقة كل شخص. اترك ما لا تحتاجه.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="90"/>
        <source>P&amp;urpose of the meeting:</source>
        <translation>هدف الاجتماع: (&amp;U)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="90"/>
        <source>Why we met, in one short line</source>
        <translation>لماذا اجتمعنا، في سطر واحد قصير</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="93"/>
        <source>&amp;What the group decided, one on each line:</source>
        <translation>ما قررته المجموعة، واحد في كل سطر: (&amp;W)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="95"/>
        <source>Each decision on a line of its own</source>
        <translation>كل قرار في سطر وحده</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="99"/>
        <source>What happens &amp;next, one on each line:</source>
        <translation>ماذا يحدث بعد ذلك، واحد في كل سطر: (&amp;N)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="101"/>
        <source>Each next step on a line of its own, for example who does what</source>
        <translation>كل خطوة تالية في سطر وحدها، مثلًا من يفعل ماذا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="103"/>
        <source>Ne&amp;xt meeting:</source>
        <translation>الاجتماع القادم: (&amp;X)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="103"/>
        <source>When and where we meet next</source>
        <translation>متى وأين نجتمع في المرة القادمة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="104"/>
        <source>Who to c&amp;ontact:</source>
        <translation>بمن نتصل: (&amp;O)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="104"/>
        <source>A name and how to reach them</source>
        <translation>اسم وطريقة الوصول إليه</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="106"/>
        <source>Starts &amp;at (like 14:00):</source>
        <extracomment>14:00 shows how a time must be typed (24-hour clock): keep it as it is.</extracomment>
        <translation>يبدأ الساعة (مثل 14:00): (&amp;A)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="108"/>
        <source>&amp;Ends at (like 15:30):</source>
        <extracomment>15:30 shows how a time must be typed (24-hour clock): keep it as it is.</extracomment>
        <translation>ينتهي الساعة (مثل 15:30): (&amp;E)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="111"/>
        <source>Printed as the author of every document. Kept on this laptop for every meeting, not just this one.</source>
        <translation>تُطبع بوصفها مؤلف كل وثيقة. تُحفظ على هذا الحاسوب لكل الاجتماعات، لا لهذا الاجتماع فقط.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="113"/>
        <source>Your or&amp;ganisation, for every meeting:</source>
        <translation>مؤسستك، لكل الاجتماعات: (&amp;G)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="119"/>
        <source>Save for the take-&amp;home sheets</source>
        <translation>حفظ لأوراق المشاركين (&amp;H)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/after_meeting_panel.py" line="227"/>
        <source>Saved for the take-home sheets.</source>
        <translation>حُفظ لأوراق المشاركين.</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="56"/>
        <source>Standard</source>
        <extracomment>A colour scheme for the whole app, chosen from a list in Display and access.</extracomment>
        <translation>عادي</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="85"/>
        <source>High contrast light</source>
        <extracomment>A colour scheme for the whole app, chosen from a list in Display and access.</extracomment>
        <translation>تباين عالٍ فاتح</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="113"/>
        <source>High contrast dark</source>
        <extracomment>A colour scheme for the whole app, chosen from a list in Display and access.</extracomment>
        <translation>تباين عالٍ داكن</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="140"/>
        <source>Cream background</source>
        <extracomment>A colour scheme for the whole app, chosen from a list in Display and access.</extracomment>
        <translation>خلفية كريمية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="183"/>
        <source>Atkinson Hyperlegible (clear letters)</source>
        <extracomment>A font for the whole app, chosen from a list. &apos;Atkinson Hyperlegible&apos; and &apos;OpenDyslexic&apos; are names: keep them; translate the words in brackets.</extracomment>
        <translation>Atkinson Hyperlegible (حروف واضحة)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/appearance.py" line="184"/>
        <source>OpenDyslexic (for dyslexia)</source>
        <extracomment>A font for the whole app, chosen from a list. &apos;Atkinson Hyperlegible&apos; and &apos;OpenDyslexic&apos; are names: keep them; translate the words in brackets.</extracomment>
        <translation>OpenDyslexic (لعُسر القراءة)</translation>
    </message>
</context>
<context>
    <name>AudioExporter</name>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="37"/>
        <source>Save their words as audio</source>
        <translation>حفظ الكلام كملف صوتي</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="37"/>
        <source>Sound files (*.wav)</source>
        <translation>ملفات صوت (*.wav)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="42"/>
        <source>Making the sound file…</source>
        <translation>جارٍ إنشاء الملف الصوتي…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="50"/>
        <source>Sound file saved: {path}</source>
        <translation>تم حفظ الملف الصوتي: {path}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="55"/>
        <source>Save as audio</source>
        <translation>حفظ كصوت</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="54"/>
        <source>The sound file could not be made: {reason}</source>
        <translation>تعذّر إنشاء الملف الصوتي: {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/audio_export.py" line="56"/>
        <source>The sound file could not be made.</source>
        <translation>تعذّر إنشاء الملف الصوتي.</translation>
    </message>
</context>
<context>
    <name>BackupKeeper</name>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="76"/>
        <source>Backed up automatically at {when}. Meetings: {meetings}. Contributions: {contributions}.</source>
        <extracomment>Status line after an automatic backup. {when}: a date and time; {meetings}, {contributions}: numbers.</extracomment>
        <translation>نُسخة احتياطية تلقائية في {when}. الاجتماعات: {meetings}. المساهمات: {contributions}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="84"/>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="105"/>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="96"/>
        <source>Back up to</source>
        <translation>نسخة احتياطية إلى</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="96"/>
        <source>Meeting backups (*.db)</source>
        <translation>نسخ احتياطية للاجتماعات (*.db)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="114"/>
        <source>Backed up to {path} at {when}. Meetings: {meetings}. Contributions: {contributions}.</source>
        <extracomment>{path}: where the backup was saved; {when}: a date and time; {meetings}, {contributions}: numbers.</extracomment>
        <translation>نُسخ احتياطيًا إلى {path} في {when}. الاجتماعات: {meetings}. المساهمات: {contributions}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="118"/>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="136"/>
        <source>Backup</source>
        <translation>نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/backup_keeper.py" line="133"/>
        <source>The backup was not made: {reason}</source>
        <extracomment>Status line when a backup fails; {reason} says why. The meeting goes on.</extracomment>
        <translation>لم تُصنع النسخة الاحتياطية: {reason}</translation>
    </message>
</context>
<context>
    <name>CardBringer</name>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="80"/>
        <source>Bring in photos, pictures or a board</source>
        <translation>إضافة صور أو رسوم أو لوحة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="82"/>
        <source>Pictures and AAC boards ({pictures} *.obf *.obz);;All files (*)</source>
        <translation>صور ولوحات تواصل AAC ({pictures} *.obf *.obz);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="118"/>
        <source>Reading {file}…</source>
        <translation>جارٍ قراءة {file}…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="150"/>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="226"/>
        <source>Getting {file} ready…</source>
        <translation>جارٍ تجهيز {file}…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="163"/>
        <source>Added the picture card “{card}”.</source>
        <translation>تمت إضافة بطاقة الصورة «{card}».</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="192"/>
        <source>Save the cards as a board</source>
        <translation>حفظ البطاقات كلوحة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="194"/>
        <source>Open Board packages (*.obz)</source>
        <translation>حزم Open Board (*.obz)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="199"/>
        <source>Saving the cards…</source>
        <translation>جارٍ حفظ البطاقات…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="202"/>
        <source>Cards saved as a board: {path}</source>
        <translation>تم حفظ البطاقات كلوحة: {path}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="219"/>
        <source>Their photo</source>
        <translation>صورة الشخص</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="221"/>
        <source>Photos ({pictures})</source>
        <translation>صور ({pictures})</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/bring_in.py" line="240"/>
        <source>Saved the photo of {name}.</source>
        <translation>تم حفظ صورة {name}.</translation>
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
        <translation>{card}، مختارة</translation>
    </message>
</context>
<context>
    <name>CardsEditor</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="67"/>
        <source>Groups of cards shown in the room</source>
        <translation>مجموعات البطاقات التي تظهر في القاعة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="68"/>
        <source>Space ticks or clears a group.</source>
        <translation>زر المسافة يحدد المجموعة أو يلغي تحديدها.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="85"/>
        <source>Cards in this group: ticked ones show in the room</source>
        <translation>بطاقات هذه المجموعة: المحددة تظهر في القاعة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="88"/>
        <source>&amp;Bring in photos, pictures or a board…</source>
        <translation>إضافة صور أو رسوم أو لوحة (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="90"/>
        <source>Photos and pictures (JPEG, PNG …) or AAC boards (.obf, .obz). You can also drop files here.</source>
        <translation>صور ورسوم (JPEG, PNG …) أو لوحات تواصل AAC (.obf, .obz). ويمكنك أيضًا إفلات الملفات هنا.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="92"/>
        <source>&amp;Save these cards as a board (.obz)…</source>
        <translation>حفظ هذه البطاقات كلوحة (.obz) (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="93"/>
        <source>&amp;Remove a card that was brought in</source>
        <translation>إزالة بطاقة مضافة (&amp;R)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="109"/>
        <source>Groups shown in the room:</source>
        <translation>المجموعات التي تظهر في القاعة:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="112"/>
        <source>Cards in the group (untick to hide one):</source>
        <translation>بطاقات المجموعة (ألغِ التحديد لإخفاء بطاقة):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="245"/>
        <source>The room will show the ticked cards.</source>
        <translation>ستظهر البطاقات المحددة في القاعة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="250"/>
        <source>Choose a card that was brought in first.</source>
        <translation>اختر أولًا بطاقة مضافة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/cards_editor.py" line="258"/>
        <source>Card removed.</source>
        <translation>تمت إزالة البطاقة.</translation>
    </message>
</context>
<context>
    <name>ChosenCards</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="316"/>
        <source>Remove {card}</source>
        <translation>إزالة {card}</translation>
    </message>
</context>
<context>
    <name>CleanUpDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="108"/>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="200"/>
        <source>Clean up old meetings</source>
        <translation>تنظيف الاجتماعات القديمة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="110"/>
        <source>These meetings are older than you keep them. Untick any you want to keep.</source>
        <translation>هذه الاجتماعات أقدم من مدة الحفظ التي اخترتها. ألغِ تحديد أي اجتماع تريد الاحتفاظ به.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="111"/>
        <source>&amp;Meetings to delete:</source>
        <translation>الاجتماعات التي ستُحذف (&amp;M):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="113"/>
        <source>Meetings to delete</source>
        <translation>الاجتماعات التي ستُحذف</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="114"/>
        <source>Press Space to tick or untick a meeting.</source>
        <translation>اضغط زر المسافة لتحديد الاجتماع أو إلغاء تحديده.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="132"/>
        <source>A backup is made first. Backups keep these meetings until the backups expire. People are kept: erase them in People on this laptop.</source>
        <translation>تُصنع نسخة احتياطية أولًا. تبقى هذه الاجتماعات في النسخ الاحتياطية حتى تنتهي مدتها. يبقى الأشخاص: امحهم من «الأشخاص على هذا الحاسوب».</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="145"/>
        <source>&amp;Delete…</source>
        <translation>حذف (&amp;D)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="146"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="148"/>
        <source>Delete the ticked meetings, after a backup. You are asked first.</source>
        <translation>حذف الاجتماعات المحددة بعد صنع نسخة احتياطية. ستُسأل أولًا.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="163"/>
        <source>No meetings are older than you keep them.</source>
        <translation>لا توجد اجتماعات أقدم من مدة الحفظ.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="173"/>
        <source>{title} — {date} — Contributions: {count}</source>
        <extracomment>One meeting to clean up. {title}: its title; {date}: its date in words; {count}: a number.</extracomment>
        <translation>{title} — {date} — المساهمات: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="190"/>
        <source>Delete the meetings ticked?</source>
        <translation>هل تحذف الاجتماعات المحددة؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="192"/>
        <source>Meetings: {meetings}. Contributions: {contributions}.</source>
        <extracomment>Before deleting. {meetings}, {contributions}: numbers.</extracomment>
        <translation>الاجتماعات: {meetings}. المساهمات: {contributions}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="195"/>
        <source>A backup is made first. If it cannot be made, nothing is deleted.</source>
        <translation>تُصنع نسخة احتياطية أولًا. إذا تعذّر صنعها، لا يُحذف شيء.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="201"/>
        <source>&amp;Delete</source>
        <translation>حذف (&amp;D)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="202"/>
        <source>&amp;Keep them</source>
        <translation>الاحتفاظ بها (&amp;K)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="213"/>
        <source>Making a backup first…</source>
        <translation>جارٍ صنع نسخة احتياطية أولًا…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="223"/>
        <source>The backup was not made, so nothing was deleted. {reason}</source>
        <extracomment>The backup before a clean-up failed. {reason}: why.</extracomment>
        <translation>لم تُصنع النسخة الاحتياطية، فلم يُحذف شيء. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="244"/>
        <source>The backup was made.</source>
        <translation>صُنعت النسخة الاحتياطية.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="250"/>
        <source>Meetings deleted: {count}</source>
        <translation>الاجتماعات المحذوفة: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/clean_up_dialog.py" line="254"/>
        <source>People left with no meeting: {count}. To erase them, use People on this laptop.</source>
        <extracomment>After a clean-up. {count}: people who now take part in no meeting (they are kept).</extracomment>
        <translation>أشخاص بلا اجتماع الآن: {count}. لمحوهم، استخدم «الأشخاص على هذا الحاسوب».</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="37"/>
        <source>Normal cards</source>
        <translation>بطاقات عادية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="38"/>
        <source>Large cards</source>
        <translation>بطاقات كبيرة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="39"/>
        <source>Very large cards</source>
        <translation>بطاقات كبيرة جدًا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="40"/>
        <source>Huge cards</source>
        <translation>بطاقات ضخمة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="182"/>
        <source>Find a card…</source>
        <translation>ابحث عن بطاقة…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="183"/>
        <source>Find a card</source>
        <translation>ابحث عن بطاقة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="185"/>
        <source>Type a word; the cards that match show below. Ctrl+F comes back here from anywhere in the room.</source>
        <translation>اكتب كلمة؛ تظهر البطاقات المطابقة أدناه. يعيدك Ctrl+F إلى هنا من أي مكان في الغرفة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="191"/>
        <source>Which picture cards to show</source>
        <translation>أي بطاقات الصور تُعرض</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="196"/>
        <source>Card size</source>
        <translation>حجم البطاقات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="197"/>
        <source>Ctrl+Plus and Ctrl+Minus also change it</source>
        <translation>Ctrl+Plus و Ctrl+Minus يغيّرانه أيضًا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="198"/>
        <source>Picture cards: press Enter or Space to add one</source>
        <translation>بطاقات الصور: اضغط Enter أو المسافة لإضافة بطاقة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="203"/>
        <source>Quick cards</source>
        <translation>بطاقات سريعة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="206"/>
        <source>Cards chosen: press Delete to take one away</source>
        <translation>البطاقات المختارة: اضغط Delete لإزالة بطاقة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="207"/>
        <source>Chosen (click one to take it away):</source>
        <translation>المختارة (انقر على بطاقة لإزالتها):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="212"/>
        <source>Their words</source>
        <translation>كلام الشخص</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="214"/>
        <source>Type what they said, word for word. Ctrl+Enter saves. Ctrl+1 to Ctrl+6 add a matching card.</source>
        <translation>اكتب ما قاله الشخص كلمة بكلمة. Ctrl+Enter للحفظ. من Ctrl+1 إلى Ctrl+6 لإضافة بطاقة مناسبة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="216"/>
        <source>Type what they said, word for word</source>
        <translation>اكتب ما قاله الشخص كلمة بكلمة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="218"/>
        <source>Their &amp;words:</source>
        <translation>كلام الشخص (&amp;W):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="222"/>
        <location filename="../coprod_desktop/ui/room/composer.py" line="223"/>
        <source>Save contribution</source>
        <translation>حفظ المساهمة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="224"/>
        <source>Shortcut: Ctrl+Enter</source>
        <translation>الاختصار: Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="226"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="227"/>
        <source>Clear the cards and words</source>
        <translation>مسح البطاقات والكلام</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="240"/>
        <source>&amp;Cards:</source>
        <translation>البطاقات (&amp;C):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="244"/>
        <source>&amp;Group:</source>
        <extracomment>the label of the drop-down list of card groups (All cards, Feelings, Food...).</extracomment>
        <translation>المجموعة (&amp;G):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="246"/>
        <source>Si&amp;ze:</source>
        <translation>الحجم (&amp;Z):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="342"/>
        <source>All cards</source>
        <translation>كل البطاقات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="360"/>
        <source>For their words:</source>
        <translation>تناسب الكلام:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="360"/>
        <source>Used lately:</source>
        <translation>استُخدمت مؤخرًا:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/composer.py" line="362"/>
        <source>Add {card}</source>
        <translation>إضافة {card}</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="73"/>
        <source>Consent: {name}</source>
        <extracomment>The window title; {name} is the person&apos;s full name.</extracomment>
        <translation>الموافقة: {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="81"/>
        <source>What they agree to now, and every answer they gave. Change any answer, then press Record.</source>
        <translation>ما يوافق عليه الشخص الآن، وكل إجابة أعطاها. غيّر أي إجابة، ثم اضغط «تسجيل».</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="89"/>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="450"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="90"/>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="451"/>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="91"/>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="452"/>
        <source>Initials</source>
        <translation>الحروف الأولى</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="92"/>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="453"/>
        <source>A name they choose</source>
        <translation>اسم يختاره</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="93"/>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="454"/>
        <source>Not named (anonymous)</source>
        <translation>بلا اسم (مجهول)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="96"/>
        <source>Not asked yet</source>
        <translation>لم يُسأل بعد</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="100"/>
        <source>How they are named</source>
        <translation>كيف يظهر اسم الشخص</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="103"/>
        <source>&amp;Name them as:</source>
        <translation>يظهر الاسم بصيغة (&amp;N):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="104"/>
        <source>How their name appears beside what they say, on screen and on paper</source>
        <translation>كيف يظهر اسم الشخص بجانب كلامه، على الشاشة وعلى الورق</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="108"/>
        <source>C&amp;hosen name:</source>
        <translation>الاسم المختار (&amp;H):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="108"/>
        <source>The name they want to be credited as</source>
        <translation>الاسم الذي يريد الشخص أن يظهر به</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="115"/>
        <source>&amp;Take-home documents</source>
        <translation>وثائق يأخذها إلى البيت (&amp;T)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="116"/>
        <source>Their &amp;words outside the room</source>
        <translation>كلام الشخص خارج القاعة (&amp;W)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="117"/>
        <source>Ph&amp;oto</source>
        <translation>الصورة (&amp;O)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="118"/>
        <source>&amp;Sharing their communication profile</source>
        <translation>مشاركة ملف التواصل الخاص به (&amp;S)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="122"/>
        <source>Yes: make take-home sheets and a record of involvement for them.</source>
        <translation>نعم: تُعدّ له أوراق المشاركين وسجل المشاركة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="123"/>
        <source>No: make no take-home documents for them.</source>
        <translation>لا: لا تُعدّ له أي وثائق يأخذها إلى البيت.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="126"/>
        <source>Yes: their words can go in the summary and in saved files.</source>
        <translation>نعم: يمكن وضع كلامه في الملخص وفي الملفات المحفوظة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="127"/>
        <source>No: their words stay in the room.</source>
        <translation>لا: يبقى كلامه داخل القاعة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="130"/>
        <source>Yes: a photo of them can be kept and shown.</source>
        <translation>نعم: يمكن حفظ صورة له وعرضها.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="131"/>
        <source>No photo of them. Any photo is deleted.</source>
        <translation>لا صورة له. تُحذف أي صورة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="134"/>
        <source>Yes: their communication profile can go in files for another laptop.</source>
        <translation>نعم: يمكن وضع ملف التواصل الخاص به في ملفات لحاسوب آخر.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="135"/>
        <source>No: their profile stays on this laptop.</source>
        <translation>لا: يبقى ملفه على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="164"/>
        <source>In person</source>
        <translation>وجهًا لوجه</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="165"/>
        <source>With an Easy Read form</source>
        <translation>باستمارة سهلة القراءة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="166"/>
        <source>Through a supporter</source>
        <translation>عن طريق مرافق</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="167"/>
        <source>By phone or email</source>
        <translation>بالهاتف أو البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="168"/>
        <source>Not noted</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="175"/>
        <source>How was this &amp;asked?</source>
        <translation>كيف طُرح السؤال؟ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="175"/>
        <source>Kept with each answer recorded</source>
        <translation>يُحفظ مع كل إجابة تُسجَّل</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="177"/>
        <source>What were they to&amp;ld?</source>
        <translation>ماذا قيل للشخص؟ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="178"/>
        <source>What they were told it is for, in your own words. Kept with each answer recorded.</source>
        <translation>ما قيل للشخص عن الغرض منها، بكلماتك. يُحفظ مع كل إجابة تُسجَّل.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="182"/>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="193"/>
        <source>Every answer they gave, newest first</source>
        <translation>كل إجابة أعطاها الشخص، الأحدث أولًا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="195"/>
        <source>&amp;Record</source>
        <translation>تسجيل (&amp;R)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="196"/>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="197"/>
        <source>Record every answer you changed</source>
        <translation>تسجيل كل إجابة غيّرتها</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="198"/>
        <source>&amp;Close</source>
        <translation>إغلاق (&amp;C)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="199"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="251"/>
        <source>This person is no longer on this laptop.</source>
        <translation>هذا الشخص لم يعد على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="264"/>
        <source>Nothing recorded yet.</source>
        <translation>لم يُسجَّل شيء بعد.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="297"/>
        <source>No answer has changed. Change an answer first, then press Record.</source>
        <translation>لم تتغير أي إجابة. غيّر إجابة أولًا، ثم اضغط «تسجيل».</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="300"/>
        <source>Taking back consent deletes their photo now. Go on?</source>
        <translation>سحب الموافقة يحذف صورة الشخص الآن. هل تتابع؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="503"/>
        <source>Photo consent</source>
        <extracomment>{choice} is how they are named, e.g. &quot;First name&quot;. In the consent history; {choice} is how they chose to be named, e.g. &quot;Initials&quot;. In the consent history: {date}, what they said, and how they were asked. In the consent history: {date} and what they said. In the consent history, after the answer: what the person was told when asked. The title of the question asked before photo consent is taken back.</extracomment>
        <translation>الموافقة على الصورة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="425"/>
        <source>Now: not asked yet. Each meeting&apos;s choice is used.</source>
        <translation>الآن: لم يُسأل بعد. يُستخدم اختيار كل اجتماع.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="427"/>
        <source>Now: not named. They are shown as Anonymous everywhere.</source>
        <translation>الآن: بلا اسم. يظهر باسم «مجهول» في كل مكان.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="429"/>
        <source>Now: {choice}</source>
        <extracomment>{choice} is how they are named, e.g. &quot;First name&quot;.</extracomment>
        <translation>الآن: {choice}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="435"/>
        <source>Now: yes, take-home documents are made for them.</source>
        <translation>الآن: نعم، تُعدّ له وثائق يأخذها إلى البيت.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="436"/>
        <source>Now: no take-home documents are made for them.</source>
        <translation>الآن: لا تُعدّ له وثائق يأخذها إلى البيت.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="437"/>
        <source>Now: yes, their words can go in summaries and saved files.</source>
        <translation>الآن: نعم، يمكن وضع كلامه في الملخصات والملفات المحفوظة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="438"/>
        <source>Now: their words stay in the room.</source>
        <translation>الآن: يبقى كلامه داخل القاعة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="439"/>
        <source>Now: yes, a photo of them can be used.</source>
        <translation>الآن: نعم، يمكن استخدام صورة له.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="440"/>
        <source>Now: no photo of them is kept.</source>
        <translation>الآن: لا تُحفظ صورة له.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="441"/>
        <source>Now: yes, their profile can go in files for another laptop.</source>
        <translation>الآن: نعم، يمكن وضع ملفه في ملفات لحاسوب آخر.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="442"/>
        <source>Now: their profile stays on this laptop.</source>
        <translation>الآن: يبقى ملفه على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="457"/>
        <source>said yes to take-home sheets</source>
        <translation>وافق على أوراق المشاركين</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="458"/>
        <source>said no to take-home sheets</source>
        <translation>رفض أوراق المشاركين</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="459"/>
        <source>said yes to their words being used outside the room</source>
        <translation>وافق على استخدام كلامه خارج القاعة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="460"/>
        <source>said no to their words being used outside the room</source>
        <translation>رفض استخدام كلامه خارج القاعة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="461"/>
        <source>said yes to a photo</source>
        <translation>وافق على الصورة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="462"/>
        <source>said no to a photo</source>
        <translation>رفض الصورة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="463"/>
        <source>said yes to sharing their profile</source>
        <translation>وافق على مشاركة ملفه</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="464"/>
        <source>said no to sharing their profile</source>
        <translation>رفض مشاركة ملفه</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="468"/>
        <source>chose to be named by: {choice}</source>
        <extracomment>In the consent history; {choice} is how they chose to be named, e.g. &quot;Initials&quot;.</extracomment>
        <translation>اختار أن يظهر اسمه بصيغة: {choice}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="472"/>
        <source>in person</source>
        <translation>وجهًا لوجه</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="473"/>
        <source>with an Easy Read form</source>
        <translation>باستمارة سهلة القراءة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="474"/>
        <source>through a supporter</source>
        <translation>عن طريق مرافق</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="475"/>
        <source>by phone or email</source>
        <translation>بالهاتف أو البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="479"/>
        <source>{date}: {what}, {how}.</source>
        <extracomment>In the consent history: {date}, what they said, and how they were asked.</extracomment>
        <translation>{date}: {what}، {how}.</translation>
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
        <translation>قيل له: {told}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/consent_dialog.py" line="487"/>
        <source>Note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
</context>
<context>
    <name>ContributionCard</name>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="66"/>
        <source>Press Enter to correct it.</source>
        <translation>اضغط Enter لتصحيحها.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="73"/>
        <source>{name} said:</source>
        <extracomment>the credit above a contribution on the wall; {name} is the person as they chose to be credited.</extracomment>
        <translation>كلام {name}:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="109"/>
        <source>Cards: {cards}</source>
        <translation>البطاقات: {cards}</translation>
    </message>
</context>
<context>
    <name>ContributionDetails</name>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="21"/>
        <source>supporter</source>
        <translation>مرافق</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="22"/>
        <source>advocate</source>
        <translation>مناصر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="23"/>
        <source>interpreter</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="41"/>
        <source>{names} and {last}</source>
        <extracomment>joins the last two of several names: &quot;Priya, Sam and Dot&quot;.</extracomment>
        <translation>{names} و{last}</translation>
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
        <translation>بمساعدة {supporter} ({role}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="59"/>
        <source>With support from their {role}.</source>
        <extracomment>under a contribution made with the help of someone not named.</extracomment>
        <translation>بمساعدة {role}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="62"/>
        <source>✓ Confirmed: they said this is right.</source>
        <extracomment>under a contribution the person heard read back and said was right.</extracomment>
        <translation>✓ مؤكَّد: قال الشخص إن هذا صحيح.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="66"/>
        <source>{name} agrees.</source>
        <extracomment>under a contribution; {name} added their marker to say they agree.</extracomment>
        <translation>{name} يوافق.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/contribution_details.py" line="69"/>
        <source>{names} agree.</source>
        <extracomment>under a contribution; {names} is a list of people who agree with it.</extracomment>
        <translation>يوافق {names}.</translation>
    </message>
</context>
<context>
    <name>CorrectingPanel</name>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="61"/>
        <source>Their words, corrected</source>
        <translation>الكلام بعد التصحيح</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="63"/>
        <source>W&amp;ords:</source>
        <translation>الكلام (&amp;O):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="66"/>
        <source>Its cards: press Delete to take one away</source>
        <translation>بطاقاتها: اضغط Delete لإزالة بطاقة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="69"/>
        <source>Cards: choose one in the picker below to add it; click one here to take it away.</source>
        <translation>البطاقات: اختر بطاقة من الأسفل لإضافتها؛ انقر على بطاقة هنا لإزالتها.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="74"/>
        <source>Nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="77"/>
        <source>Supported by</source>
        <translation>بمساعدة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="78"/>
        <source>Supported b&amp;y:</source>
        <translation>بمساعدة (&amp;Y):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="81"/>
        <source>Their supporter&apos;s name</source>
        <translation>اسم المرافق</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="82"/>
        <source>Name (optional)</source>
        <translation>الاسم (اختياري)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="84"/>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="85"/>
        <source>Saves the words, cards and support as shown</source>
        <translation>يحفظ الكلام والبطاقات والمساعدة كما تظهر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="90"/>
        <source>Credit to</source>
        <translation>من قال هذا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="91"/>
        <source>Cr&amp;edit to:</source>
        <translation>من قال هذا (&amp;E):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="95"/>
        <source>Move to the prompt</source>
        <translation>نقل إلى الموضوع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="97"/>
        <source>Mo&amp;ve to the prompt:</source>
        <translation>نقل إلى الموضوع (&amp;V):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="104"/>
        <source>Withdraw…</source>
        <translation>سحب…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="105"/>
        <source>Withdraw this contribution</source>
        <translation>سحب هذه المساهمة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="106"/>
        <source>The person&apos;s choice: its words are erased</source>
        <translation>اختيار الشخص: يُمحى الكلام</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/correcting_panel.py" line="108"/>
        <source>Done correcting</source>
        <translation>انتهى التصحيح</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <location filename="../coprod_desktop/ui/display/display_window.py" line="36"/>
        <location filename="../coprod_desktop/ui/display/display_window.py" line="37"/>
        <source>Room display</source>
        <extracomment>Title of the window the room display is shown in (window lists, screen readers).</extracomment>
        <translation>شاشة القاعة</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="324"/>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="325"/>
        <source>Erase or anonymise {name}</source>
        <extracomment>Window title; {name} is the person&apos;s name.</extracomment>
        <translation>محو {name} أو إخفاء اسمه</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="327"/>
        <source>&amp;Anonymise</source>
        <extracomment>A choice: keep what the person said, without their name. Explained in the line below it.</extracomment>
        <translation>إخفاء الاسم (&amp;A)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="330"/>
        <source>Keep what they said, without their name. Their words stay, shown as said by a former participant. Their name, photo, profile, consent history and expenses are deleted.</source>
        <translation>الاحتفاظ بما قاله، بدون اسمه. يبقى كلامه، ويظهر أنه من مشارك سابق. يُحذف اسمه وصورته وملفه وسجل موافقاته ومصاريفه.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="335"/>
        <source>&amp;Erase everything</source>
        <extracomment>A choice: delete the person and everything they said. Explained in the line below it.</extracomment>
        <translation>محو كل شيء (&amp;E)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="338"/>
        <source>Delete them and everything they said. They are taken off every meeting. Their words, agreements and expenses are deleted too.</source>
        <translation>حذف الشخص وكل ما قاله. يُزال من كل الاجتماعات. ويُحذف أيضًا كلامه وموافقاته ومصاريفه.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="352"/>
        <source>&amp;Go ahead</source>
        <translation>متابعة (&amp;G)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="353"/>
        <source>&amp;Cancel</source>
        <translation>إلغاء (&amp;C)</translation>
    </message>
</context>
<context>
    <name>HeardList</name>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="363"/>
        <source>Who has not been heard?</source>
        <translation>من لم نسمعه بعد؟</translation>
    </message>
</context>
<context>
    <name>ImportConflictsDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="38"/>
        <source>Differences in “{title}”</source>
        <translation>الاختلافات في «{title}»</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="42"/>
        <source>This file and this laptop differ. For each difference, keep this laptop&apos;s version or take the file&apos;s. Everything new in the file is added either way. Differences: {count}.</source>
        <translation>يختلف هذا الملف عن هذا الحاسوب. في كل اختلاف، احتفظ بنسخة هذا الحاسوب أو خذ نسخة الملف. كل جديد في الملف يُضاف في الحالتين. الاختلافات: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="51"/>
        <source>&amp;Keep all mine</source>
        <translation>الاحتفاظ بكل ما عندي (&amp;K)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="52"/>
        <source>Keep this laptop&apos;s version of every difference</source>
        <translation>الاحتفاظ بنسخة هذا الحاسوب في كل اختلاف</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="53"/>
        <source>Take all t&amp;heirs</source>
        <translation>أخذ كل ما في الملف (&amp;H)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="54"/>
        <source>Take the file&apos;s version of every difference</source>
        <translation>أخذ نسخة الملف في كل اختلاف</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="69"/>
        <source>Differences</source>
        <translation>الاختلافات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="73"/>
        <source>&amp;Import</source>
        <translation>استيراد (&amp;I)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="74"/>
        <source>Import with these choices</source>
        <translation>الاستيراد بهذه الاختيارات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="77"/>
        <source>Cancel: import nothing</source>
        <translation>إلغاء: لا يُستورد شيء</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="87"/>
        <source>The meeting&apos;s details</source>
        <translation>تفاصيل الاجتماع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="88"/>
        <source>A prompt</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="89"/>
        <source>A contribution</source>
        <translation>مساهمة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="90"/>
        <source>How a person is credited</source>
        <translation>كيف يظهر اسم شخص</translation>
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
        <translation>على هذا الحاسوب: {mine}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="101"/>
        <source>In the file: {theirs}</source>
        <extracomment>What the file being imported has, quoted from the meeting.</extracomment>
        <translation>في الملف: {theirs}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="102"/>
        <source>Keep mine</source>
        <translation>الاحتفاظ بما عندي</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="103"/>
        <source>Take theirs</source>
        <translation>أخذ ما في الملف</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="105"/>
        <source>Difference {number}: keep this laptop&apos;s version</source>
        <extracomment>Said by a screen reader for the choice. {number}: the difference&apos;s place in the list.</extracomment>
        <translation>الاختلاف {number}: الاحتفاظ بنسخة هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/import_conflicts_dialog.py" line="106"/>
        <source>Difference {number}: take the file&apos;s version</source>
        <translation>الاختلاف {number}: أخذ نسخة الملف</translation>
    </message>
</context>
<context>
    <name>Involvement</name>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="41"/>
        <source>Participant</source>
        <extracomment>How a person took part in a meeting, chosen from a list (set-up) and shown in their record.</extracomment>
        <translation>مشارك</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="42"/>
        <source>Co-facilitator</source>
        <extracomment>How a person took part in a meeting, chosen from a list (set-up) and shown in their record.</extracomment>
        <translation>ميسّر مشارك</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="43"/>
        <source>Expert by experience</source>
        <extracomment>How a person took part in a meeting, chosen from a list (set-up) and shown in their record.</extracomment>
        <translation>خبير بالتجربة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="44"/>
        <source>Supporter</source>
        <extracomment>How a person took part in a meeting, chosen from a list (set-up) and shown in their record.</extracomment>
        <translation>مرافق</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="45"/>
        <source>Observer</source>
        <extracomment>How a person took part in a meeting, chosen from a list (set-up) and shown in their record.</extracomment>
        <translation>مراقب</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="59"/>
        <source>Not chosen yet</source>
        <extracomment>How a person chose to be recognised for their time, chosen from a list in their record.</extracomment>
        <translation>لم يُختر بعد</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="60"/>
        <source>Payment for their time</source>
        <extracomment>How a person chose to be recognised for their time, chosen from a list in their record.</extracomment>
        <translation>أجر مقابل الوقت</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="61"/>
        <source>A voucher for each meeting</source>
        <extracomment>How a person chose to be recognised for their time, chosen from a list in their record.</extracomment>
        <translation>قسيمة عن كل اجتماع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="62"/>
        <source>Volunteer (no payment)</source>
        <extracomment>How a person chose to be recognised for their time, chosen from a list in their record.</extracomment>
        <translation>متطوع (بلا أجر)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="75"/>
        <source>Mileage</source>
        <extracomment>A kind of expense a person is paid back for, chosen from a list in their record.</extracomment>
        <translation>بدل الأميال</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="76"/>
        <source>Fares</source>
        <extracomment>A kind of expense a person is paid back for, chosen from a list in their record.</extracomment>
        <translation>أجرة المواصلات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="77"/>
        <source>Parking</source>
        <extracomment>A kind of expense a person is paid back for, chosen from a list in their record.</extracomment>
        <translation>موقف السيارة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="78"/>
        <source>Care or support costs</source>
        <extracomment>A kind of expense a person is paid back for, chosen from a list in their record.</extracomment>
        <translation>تكاليف الرعاية أو الدعم</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/involvement.py" line="79"/>
        <source>Other</source>
        <extracomment>A kind of expense a person is paid back for, chosen from a list in their record.</extracomment>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="vanished">ساعة واحدة</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation type="vanished">{count} ساعات</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="vanished">دقيقة واحدة</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation type="vanished">{count} دقيقة</translation>
    </message>
    <message>
        <source>{hours} {minutes}</source>
        <translation type="vanished">{hours} و{minutes}</translation>
    </message>
</context>
<context>
    <name>InvolvementDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="129"/>
        <source>Totals</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="148"/>
        <source>&amp;Recognition:</source>
        <translation>مقابل الوقت (&amp;R):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="150"/>
        <source>How they chose to be recognised for their time. Saved as soon as it is chosen</source>
        <translation>ما اختاره الشخص مقابل وقته. يُحفظ فور اختياره</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="162"/>
        <source>Their &amp;meetings:</source>
        <translation>اجتماعات الشخص (&amp;M):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="164"/>
        <source>Their meetings</source>
        <translation>اجتماعات الشخص</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="165"/>
        <source>Choose a meeting to see and add its expenses</source>
        <translation>اختر اجتماعًا لرؤية مصاريفه وإضافتها</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="170"/>
        <source>Expenses for the chosen meeting</source>
        <translation>مصاريف الاجتماع المختار</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="176"/>
        <source>R&amp;emove expense</source>
        <translation>إزالة المصروف (&amp;E)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="189"/>
        <source>&amp;Kind:</source>
        <translation>النوع (&amp;K):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="190"/>
        <source>&amp;Amount, pounds:</source>
        <translation>المبلغ بالجنيه (&amp;A):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="190"/>
        <source>For example 3.50</source>
        <translation>مثلًا 3.50</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="192"/>
        <source>M&amp;iles:</source>
        <translation>الأميال (&amp;I):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="192"/>
        <source>Paid at the mileage rate in the settings</source>
        <translation>يُدفع حسب سعر الميل في الإعدادات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="194"/>
        <source>&amp;Note (optional):</source>
        <translation>ملاحظة (اختياري) (&amp;N):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="197"/>
        <source>A&amp;dd expense</source>
        <translation>إضافة مصروف (&amp;D)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="202"/>
        <source>Expenses</source>
        <translation>المصاريف</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="211"/>
        <source>&amp;Close</source>
        <translation>إغلاق (&amp;C)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="272"/>
        <source>Involvement: {name}</source>
        <translation>المشاركة: {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="273"/>
        <source>Involvement of {name}</source>
        <translation>مشاركة {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="274"/>
        <source>Meetings: {count}</source>
        <translation>الاجتماعات: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="275"/>
        <source>Time given: {time}</source>
        <translation>مدة المشاركة: {time}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="276"/>
        <source>Contributions: {count}</source>
        <translation>المساهمات: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="277"/>
        <source>Agreements: {count}</source>
        <translation>الموافقات: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="278"/>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="279"/>
        <source>Roles: {roles}</source>
        <translation>الأدوار: {roles}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="296"/>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="299"/>
        <source>{date}: {meeting}
Role: {role}. Time given: {time}. Contributions: {count}. Owed: {money}.</source>
        <translation>{date}: {meeting}
الدور: {role}. مدة المشاركة: {time}. المساهمات: {count}. المستحق: {money}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="324"/>
        <source>Choose a meeting above to see its expenses.</source>
        <translation>اختر اجتماعًا من الأعلى لرؤية مصاريفه.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="327"/>
        <source>Expenses for {meeting}, {date}</source>
        <translation>مصاريف {meeting}، {date}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="339"/>
        <source>No expenses for {meeting}, {date}</source>
        <translation>لا مصاريف لـ {meeting}، {date}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/involvement_dialog.py" line="348"/>
        <source>{kind}: {miles} miles, {money}</source>
        <translation>{kind}: {miles} ميل، {money}</translation>
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
        <translation>اللغة (&amp;L)</translation>
    </message>
</context>
<context>
    <name>LateArrivalDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="60"/>
        <source>Add a late arrival</source>
        <translation>إضافة شخص وصل متأخرًا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="78"/>
        <source>Only this screen shows what you type here. The display shows them only as they choose to be credited.</source>
        <translation>ما تكتبه هنا يظهر على هذه الشاشة فقط. تعرض شاشة القاعة الاسم الذي اختاره الشخص فقط.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="83"/>
        <source>Full &amp;name:</source>
        <translation>الاسم الكامل (&amp;N):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="83"/>
        <source>The person&apos;s name, kept on this laptop</source>
        <translation>اسم الشخص، يُحفظ على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="88"/>
        <source>&amp;Credit them as:</source>
        <translation>يظهر الاسم بصيغة (&amp;C):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="90"/>
        <source>How their name appears beside what they say, on screen and on paper</source>
        <translation>كيف يظهر اسم الشخص بجانب كلامه، على الشاشة وعلى الورق</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="93"/>
        <source>C&amp;hosen name:</source>
        <translation>الاسم المختار (&amp;H):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="93"/>
        <source>The name they want to be credited as</source>
        <translation>الاسم الذي يريد الشخص أن يظهر به</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="95"/>
        <source>Chosen for them: nobody else in the meeting has it. Change it if they want another.</source>
        <translation>اخترناه للشخص: لا أحد غيره في الاجتماع لديه هذا الاسم. غيّره إن أراد اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="96"/>
        <source>Marker co&amp;lour:</source>
        <translation>لون العلامة (&amp;L):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="97"/>
        <source>Marker &amp;shape:</source>
        <translation>شكل العلامة (&amp;S):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="110"/>
        <source>&amp;Add them</source>
        <translation>إضافة (&amp;A)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="111"/>
        <source>Add them</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="174"/>
        <source>Marker: {marker}</source>
        <translation>العلامة: {marker}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/late_arrival_dialog.py" line="175"/>
        <source>Shown and printed as: {name}</source>
        <translation>يظهر ويُطبع هكذا: {name}</translation>
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
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="95"/>
        <source>Se&amp;ttings</source>
        <translation>الإعدادات (&amp;T)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="96"/>
        <source>&amp;Display and access…</source>
        <translation>العرض وسهولة الوصول (&amp;D)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="101"/>
        <source>&amp;Keep meetings for…</source>
        <translation>مدة حفظ الاجتماعات (&amp;K)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="105"/>
        <source>Payment and e&amp;xpense rates…</source>
        <translation>أسعار الأجر والمصاريف (&amp;X)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="107"/>
        <source>&amp;Finance export…</source>
        <translation>تصدير للمالية (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="111"/>
        <source>People on this &amp;laptop…</source>
        <translation>الأشخاص على هذا الحاسوب (&amp;L)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="125"/>
        <source>&amp;Back up now</source>
        <translation>نسخ احتياطي الآن (&amp;B)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="127"/>
        <source>Back up &amp;to…</source>
        <translation>نسخ احتياطي إلى (&amp;T)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="129"/>
        <source>&amp;Restore from a backup…</source>
        <translation>استعادة من نسخة احتياطية (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="132"/>
        <source>Bring in a &amp;meeting from another laptop…</source>
        <translation>إحضار اجتماع من حاسوب آخر (&amp;M)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="154"/>
        <source>Room d&amp;isplay</source>
        <translation>شاشة القاعة (&amp;I)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="155"/>
        <source>&amp;Present on the room display</source>
        <translation>العرض على شاشة القاعة (&amp;P)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="159"/>
        <source>Back to the &amp;console</source>
        <extracomment>Menu item: stop presenting the room display; Escape does the same from the room or the display.</extracomment>
        <translation>العودة إلى شاشة التحكم (&amp;C)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="162"/>
        <source>Display: &amp;earlier page</source>
        <translation>الشاشة: الصفحة السابقة (&amp;E)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="165"/>
        <source>Display: &amp;next page</source>
        <translation>الشاشة: الصفحة التالية (&amp;N)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="169"/>
        <source>&amp;Look back over the meeting</source>
        <translation>نظرة إلى الوراء على الاجتماع (&amp;L)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="172"/>
        <source>Back to the li&amp;ve room</source>
        <translation>العودة إلى القاعة الآن (&amp;V)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="205"/>
        <source>Looking back over the meeting: the page keys move on, prompt by prompt. Escape ends it.</source>
        <translation>مراجعة الاجتماع: مفاتيح الصفحات تنتقل إلى الأمام، موضوعًا بعد موضوع. مفتاح Escape يُنهيها.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="434"/>
        <source>The meeting was not imported</source>
        <translation>لم يُستورد الاجتماع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="498"/>
        <source>Back to the console: the room display is closed.</source>
        <translation>عدت إلى شاشة التحكم: شاشة القاعة مغلقة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="500"/>
        <source>The room display covers this screen. Escape brings the console back.</source>
        <translation>شاشة القاعة تغطي هذه الشاشة. Escape يعيد شاشة التحكم.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="503"/>
        <source>The room display is showing on {screen}.</source>
        <extracomment>{screen} is the name the system gives the screen the display is shown on.</extracomment>
        <translation>شاشة القاعة معروضة على {screen}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="622"/>
        <source>The backup is back in place. The file it replaced was kept as {name}.</source>
        <extracomment>After restoring from a backup. {name}: the file name the replaced file was kept under.</extracomment>
        <translation>عادت النسخة الاحتياطية إلى مكانها. حُفظ الملف الذي استُبدل باسم {name}.</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <location filename="../coprod_desktop/ui/widgets/form_parts.py" line="153"/>
        <source>{colour} {shape}, {initials}</source>
        <translation>{shape}، اللون {colour}، {initials}</translation>
    </message>
</context>
<context>
    <name>MeetingImporter</name>
    <message>
        <location filename="../coprod_desktop/ui/files/meeting_import.py" line="55"/>
        <source>Bring in a meeting from another laptop</source>
        <translation>إحضار اجتماع من حاسوب آخر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/meeting_import.py" line="58"/>
        <source>Meeting files (*.coprod.json *.json);;All files (*)</source>
        <extracomment>JSON is a file format: keep the name.</extracomment>
        <translation>ملفات الاجتماعات (*.coprod.json *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/meeting_import.py" line="66"/>
        <source>Reading {file}…</source>
        <translation>جارٍ قراءة {file}…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/meeting_import.py" line="76"/>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="94"/>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="97"/>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="100"/>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="101"/>
        <source>Choose a meeting, then press Enter to open it.</source>
        <translation>اختر اجتماعًا، ثم اضغط Enter لفتحه.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="105"/>
        <source>Opening your meetings…</source>
        <translation>جارٍ فتح اجتماعاتك…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="108"/>
        <source>&amp;New meeting</source>
        <translation>اجتماع جديد (&amp;N)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="109"/>
        <source>&amp;Set up</source>
        <translation>إعداد (&amp;S)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="110"/>
        <source>&amp;Open in the room</source>
        <translation>فتح في القاعة (&amp;O)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="111"/>
        <source>Take-home &amp;files…</source>
        <translation>ملفات المشاركين (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="112"/>
        <source>&amp;People…</source>
        <translation>الأشخاص (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="114"/>
        <source>Create a new meeting</source>
        <translation>إنشاء اجتماع جديد</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="115"/>
        <source>Change the chosen meeting&apos;s details, people and prompts</source>
        <translation>تغيير تفاصيل الاجتماع المختار والأشخاص والمواضيع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="116"/>
        <source>Show the chosen meeting on the room screen</source>
        <translation>عرض الاجتماع المختار على شاشة القاعة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="119"/>
        <source>Save or print the chosen meeting&apos;s take-home sheets, certificates and summary</source>
        <translation>حفظ أو طباعة أوراق المشاركين والشهادات والملخص للاجتماع المختار</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="121"/>
        <source>Everyone on this laptop: their consent, involvement and record</source>
        <translation>كل من على هذا الحاسوب: موافقتهم ومشاركتهم وسجلهم</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="162"/>
        <source>Fin&amp;d words said in any meeting</source>
        <translation>البحث عن كلمات قيلت في أي اجتماع (&amp;D)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="165"/>
        <source>Find words said in any meeting</source>
        <translation>البحث عن كلمات قيلت في أي اجتماع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="167"/>
        <source>Type a word or two. What people said that holds them is listed below.</source>
        <translation>اكتب كلمة أو كلمتين. ما قاله الناس ويحتويها مذكور أدناه.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="176"/>
        <source>Words found</source>
        <translation>الكلمات التي وُجدت</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="177"/>
        <source>Press Enter to choose the meeting it was said in.</source>
        <translation>اضغط Enter لاختيار الاجتماع الذي قيل فيه.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="194"/>
        <source>&amp;Clean up…</source>
        <translation>تنظيف (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="195"/>
        <source>Clean up</source>
        <translation>تنظيف</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="197"/>
        <source>Choose which old meetings to delete. A backup is made first.</source>
        <translation>اختر الاجتماعات القديمة التي تريد حذفها. تُصنع نسخة احتياطية أولًا.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="210"/>
        <source>Meetings older than you keep them: {count}</source>
        <extracomment>On the meetings screen: how many meetings are past the period they are kept for.</extracomment>
        <translation>اجتماعات أقدم من مدة الحفظ: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="231"/>
        <source>{person}, in ‘{meeting}’ ({date}): {words}</source>
        <translation>{person}، في ‘{meeting}’ ({date}): {words}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="241"/>
        <source>Nothing said in any meeting holds those words.</source>
        <translation>لا شيء مما قيل في أي اجتماع يحتوي تلك الكلمات.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="243"/>
        <source>Found: {count}. Press Tab to go to them.</source>
        <translation>وُجد: {count}. اضغط Tab للانتقال إليها.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings/meetings_view.py" line="262"/>
        <source>There are no meetings yet. Press “New meeting” to set one up.</source>
        <translation>لا توجد اجتماعات بعد. اضغط «اجتماع جديد» لإعداد اجتماع.</translation>
    </message>
</context>
<context>
    <name>NameWarning</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="71"/>
        <source>Someone called &quot;{name}&quot; is already taking part in this meeting. If this is another person, credit them in a way that tells the two apart.</source>
        <translation>هناك شخص باسم &quot;{name}&quot; يشارك بالفعل في هذا الاجتماع. إذا كان هذا شخصًا آخر، فانسب إليه مساهماته بطريقة تميّز بينهما.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="80"/>
        <source>Someone called &quot;{name}&quot; is already known on this laptop from another meeting. Adding this name makes a new person: their meetings are not joined up.</source>
        <translation>هناك شخص باسم &quot;{name}&quot; معروف بالفعل على هذا الحاسوب من اجتماع آخر. إضافة هذا الاسم تُنشئ شخصًا جديدًا: اجتماعاتهما غير مرتبطة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="87"/>
        <source>Someone in this meeting is already shown as &quot;{name}&quot;. Credit this person another way, so the room can tell the two apart.</source>
        <translation>هناك شخص في هذا الاجتماع يظهر بالفعل باسم &quot;{name}&quot;. انسب مساهمات هذا الشخص بطريقة أخرى، حتى تميّز القاعة بينهما.</translation>
    </message>
</context>
<context>
    <name>PeopleActions</name>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="71"/>
        <source>Invite ne&amp;xt</source>
        <translation>دعوة التالي (&amp;X)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="72"/>
        <source>Invites the next person asking to speak, else the next not yet heard. Shortcut: Ctrl+I.</source>
        <translation>يدعو الشخص التالي الذي يطلب الكلام، وإلا فالتالي الذي لم نسمعه بعد. الاختصار: Ctrl+I.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="76"/>
        <source>Not now (p&amp;ass)</source>
        <translation>ليس الآن (&amp;A)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="77"/>
        <source>The person invited or speaking passes on this prompt. Shortcut: Ctrl+P.</source>
        <translation>الشخص المدعو أو المتكلم يقول «ليس الآن» في هذا الموضوع. الاختصار: Ctrl+P.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="81"/>
        <source>Who has not &amp;been heard?</source>
        <translation>من لم نسمعه بعد؟ (&amp;B)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="82"/>
        <source>Lists who has not been heard on this prompt and in the meeting, on this screen only.</source>
        <translation>يعرض من لم نسمعه بعد في هذا الموضوع وفي الاجتماع، على هذه الشاشة فقط.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="86"/>
        <source>Add a &amp;late arrival…</source>
        <translation>إضافة شخص وصل متأخرًا (&amp;L)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="87"/>
        <source>Adds someone who came late, without leaving the room. Nothing private is shown on the display.</source>
        <translation>يضيف شخصًا وصل متأخرًا دون مغادرة القاعة. لا يظهر شيء خاص على شاشة القاعة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="173"/>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="330"/>
        <source>Everyone has been heard on this prompt.</source>
        <translation>سمعنا الجميع في هذا الموضوع.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="183"/>
        <source>The invitation to {name} is taken back.</source>
        <translation>تم سحب الدعوة الموجهة إلى {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="188"/>
        <source>{name} is invited to speak next.</source>
        <translation>تمت دعوة {name} للكلام تاليًا.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="212"/>
        <source>Nobody is invited or speaking. Open a person&apos;s menu on their tile to record a pass.</source>
        <translation>لا أحد مدعو أو يتكلم. افتح قائمة الشخص من مربّعه لتسجيل «ليس الآن».</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="222"/>
        <source>{name}: not now. That is fine.</source>
        <translation>{name}: ليس الآن. لا بأس.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="235"/>
        <source>{name} is asking to speak: number {place} in the queue.</source>
        <translation>{name} يطلب الكلام: رقم {place} في الدور.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="238"/>
        <source>{name} is no longer waiting to speak.</source>
        <translation>{name} لم يعد ينتظر الكلام.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="254"/>
        <source>{name} agrees with what {speaker} said.</source>
        <translation>{name} يوافق على ما قاله {speaker}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="256"/>
        <source>{name} no longer agrees with what {speaker} said.</source>
        <translation>{name} لم يعد يوافق على ما قاله {speaker}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="274"/>
        <source>{name}: what they want to do</source>
        <translation>{name}: ماذا يريد أن يفعل</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="276"/>
        <source>&amp;No longer waiting</source>
        <translation>لم يعد ينتظر (&amp;N)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="276"/>
        <source>&amp;Ask to speak</source>
        <translation>يطلب الكلام (&amp;A)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="279"/>
        <source>&amp;Take back the invitation</source>
        <translation>سحب الدعوة (&amp;T)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="279"/>
        <source>&amp;Invite to speak next</source>
        <translation>دعوته للكلام تاليًا (&amp;I)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="281"/>
        <source>&amp;Pass: not now</source>
        <translation>ليس الآن (&amp;P)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="285"/>
        <source>A&amp;grees with the newest contribution</source>
        <translation>يوافق على أحدث مساهمة (&amp;G)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="325"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="328"/>
        <source>Not yet heard on this prompt: {names}</source>
        <translation>لم نسمعهم بعد في هذا الموضوع: {names}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="333"/>
        <source>Said not now on this prompt: {names}</source>
        <translation>قالوا «ليس الآن» في هذا الموضوع: {names}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="335"/>
        <source>Not yet heard in this meeting: {names}</source>
        <translation>لم نسمعهم بعد في هذا الاجتماع: {names}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="337"/>
        <source>Everyone has been heard in this meeting.</source>
        <translation>سمعنا الجميع في هذا الاجتماع.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/people_actions.py" line="354"/>
        <source>Added {name}. Welcome!</source>
        <translation>تمت إضافة {name}. أهلًا وسهلًا!</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="80"/>
        <source>Erase</source>
        <translation>محو</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="84"/>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="86"/>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="87"/>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="90"/>
        <source>People on this laptop</source>
        <translation>الأشخاص على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="88"/>
        <source>Everyone whose details are kept here. Choose a person, then what to do.</source>
        <translation>كل من تُحفظ بياناته هنا. اختر شخصًا، ثم اختر ما تفعله.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="91"/>
        <source>Each person&apos;s name, and how many meetings they took part in.</source>
        <translation>اسم كل شخص، وعدد الاجتماعات التي شارك فيها.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="94"/>
        <source>No one is kept on this laptop.</source>
        <translation>لا يوجد أحد محفوظ على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="96"/>
        <source>&amp;Consent…</source>
        <translation>الموافقة (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="97"/>
        <source>&amp;Involvement…</source>
        <translation>المشاركة (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="98"/>
        <source>Save their &amp;record…</source>
        <translation>حفظ سجل الشخص (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="99"/>
        <source>&amp;Erase or anonymise…</source>
        <translation>محو أو إخفاء الاسم (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="100"/>
        <source>Clo&amp;se</source>
        <translation>إغلاق (&amp;S)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="102"/>
        <source>See and record what the chosen person agreed to</source>
        <translation>رؤية ما وافق عليه الشخص المختار وتسجيله</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="103"/>
        <source>Their meetings, time given, roles, recognition and expenses</source>
        <translation>اجتماعاته، ومدة مشاركته، وأدواره، ومقابل وقته، ومصاريفه</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="104"/>
        <source>Save everything kept about them into a folder: a PDF and a data file</source>
        <translation>حفظ كل ما يُحفظ عنه في مجلد: ملف PDF وملف بيانات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="105"/>
        <source>Remove them from this laptop, or keep their words without their name</source>
        <translation>إزالته من هذا الحاسوب، أو الاحتفاظ بكلامه بدون اسمه</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="150"/>
        <source>Former participant</source>
        <extracomment>An anonymised person in the list of people on this laptop.</extracomment>
        <translation>مشارك سابق</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="158"/>
        <source>{name} — meetings: {count}</source>
        <extracomment>A person in the list: {name} is their full name, {count} how many meetings they took part in.</extracomment>
        <translation>{name} — الاجتماعات: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="218"/>
        <source>Save their record into which folder?</source>
        <translation>في أي مجلد يُحفظ سجل الشخص؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="237"/>
        <source>Checking the folder…</source>
        <translation>جارٍ فحص المجلد…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="248"/>
        <source>Nothing was saved.</source>
        <translation>لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="250"/>
        <source>Saving their record…</source>
        <translation>جارٍ حفظ سجل الشخص…</translation>
    </message>
    <message>
        <source>Files with these names already in that folder: {count}. Replace them, keep both (new names), or cancel?</source>
        <translation type="vanished">ملفات بهذه الأسماء موجودة في ذلك المجلد: {count}. هل تستبدلها، أم تحتفظ بالاثنين (أسماء جديدة)، أم تلغي؟</translation>
    </message>
    <message>
        <source>Files already there</source>
        <translation type="vanished">ملفات موجودة مسبقًا</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="vanished">استبدال (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation type="vanished">الاحتفاظ بالاثنين (&amp;K)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="vanished">استبدال</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="vanished">الاحتفاظ بالاثنين</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="266"/>
        <source>Files saved in {folder}: {count}.</source>
        <extracomment>After saving a person&apos;s record: {folder} is where, {count} how many files.</extracomment>
        <translation>الملفات المحفوظة في {folder}: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="273"/>
        <source>Their record could not be saved: {reason}</source>
        <translation>تعذّر حفظ سجل الشخص: {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="298"/>
        <source>Erase {name} and everything they said? This cannot be undone.</source>
        <extracomment>The second question before erasing; {name} is the person&apos;s name.</extracomment>
        <translation>هل تمحو {name} وكل ما قاله؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="300"/>
        <source>Nothing was changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="312"/>
        <source>They were erased from this laptop.</source>
        <translation>مُحي الشخص من هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people/people_dialog.py" line="314"/>
        <source>They were anonymised. What they said stays.</source>
        <translation>أُخفي اسم الشخص. يبقى ما قاله.</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="125"/>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="248"/>
        <source>People taking part</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="138"/>
        <source>Same as the meeting</source>
        <translation>مثل الاجتماع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="155"/>
        <source>Full &amp;name:</source>
        <translation>الاسم الكامل (&amp;N):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="155"/>
        <source>The person&apos;s name, kept on this laptop</source>
        <translation>اسم الشخص، يُحفظ على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="160"/>
        <source>&amp;Credit them as:</source>
        <translation>يظهر الاسم بصيغة (&amp;C):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="162"/>
        <source>How their name appears beside what they say, on screen and on paper</source>
        <translation>كيف يظهر اسم الشخص بجانب كلامه، على الشاشة وعلى الورق</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="165"/>
        <source>C&amp;hosen name:</source>
        <translation>الاسم المختار (&amp;H):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="165"/>
        <source>The name they want to be credited as</source>
        <translation>الاسم الذي يريد الشخص أن يظهر به</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="168"/>
        <source>Reading spee&amp;d for them:</source>
        <translation>سرعة القراءة لهذا الشخص (&amp;D):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="168"/>
        <source>How fast their words are read back to them</source>
        <translation>مدى سرعة قراءة كلام الشخص له</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="170"/>
        <source>Marker co&amp;lour:</source>
        <translation>لون العلامة (&amp;L):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="171"/>
        <source>Marker &amp;shape:</source>
        <translation>شكل العلامة (&amp;S):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="174"/>
        <source>&amp;Role in this meeting:</source>
        <translation>الدور في هذا الاجتماع (&amp;R):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="176"/>
        <source>How they take part. Saved as soon as it is chosen for someone on the list</source>
        <translation>كيف يشارك الشخص. يُحفظ فور اختياره لشخص في القائمة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="186"/>
        <source>&amp;Add person</source>
        <translation>إضافة شخص (&amp;A)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="187"/>
        <source>Sa&amp;ve changes</source>
        <translation>حفظ التغييرات (&amp;V)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="188"/>
        <source>R&amp;emove person</source>
        <translation>إزالة الشخص (&amp;E)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="189"/>
        <source>New &amp;person</source>
        <translation>شخص جديد (&amp;P)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="190"/>
        <source>Their words as a&amp;udio…</source>
        <translation>الكلام كملف صوتي (&amp;U)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="192"/>
        <source>Save what this person said as a sound file they can take home</source>
        <translation>احفظ كلام هذا الشخص في ملف صوتي يأخذه معه إلى البيت</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="194"/>
        <source>Communication pro&amp;file…</source>
        <translation>ملف التواصل (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="196"/>
        <source>How they like to communicate: formats, language, interpreter, switch, speech</source>
        <translation>كيف يحب أن يتواصل: الصيغ، اللغة، المترجم، المفتاح، الكلام</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="199"/>
        <source>C&amp;onsent…</source>
        <translation>الموافقة (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="201"/>
        <source>What they agree to: how they are named, take-home sheets, their words, photo, profile</source>
        <translation>ما يوافق عليه: كيف يظهر اسمه، أوراق المشاركين، كلامه، صورته، ملفه</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="297"/>
        <source>{credit}  ({name}, credited by {style})</source>
        <translation>{credit}  ({name}، يظهر بـ: {style})</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="304"/>
        <source>, marker: {marker}</source>
        <translation>، العلامة: {marker}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="411"/>
        <source>Saved the communication profile of {name}.</source>
        <translation>تم حفظ ملف التواصل الخاص بـ {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="430"/>
        <source>Saved the role of {name}: {role}.</source>
        <translation>تم حفظ دور {name}: {role}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="437"/>
        <source>Shown and printed as: {name}</source>
        <translation>يظهر ويُطبع هكذا: {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="436"/>
        <source>Marker: {marker}</source>
        <translation>العلامة: {marker}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="470"/>
        <source>Added {name}.</source>
        <translation>تمت إضافة {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/people_editor.py" line="485"/>
        <source>Saved {name}.</source>
        <translation>تم حفظ {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="22"/>
        <source>Full name</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="23"/>
        <source>First name</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="24"/>
        <source>Initials</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation>الحروف الأولى</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/credit.py" line="25"/>
        <source>A name they choose</source>
        <extracomment>A way to credit a person: which form of their name is shown beside what they said. Chosen from a list, and also shown in lower case inside &apos;({name}, credited by {style})&apos;.</extracomment>
        <translation>اسم يختاره</translation>
    </message>
</context>
<context>
    <name>PersonTiles</name>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="84"/>
        <source>Marker: {marker}.</source>
        <translation>العلامة: {marker}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="86"/>
        <source>Needs: {flags}.</source>
        <translation>الاحتياجات: {flags}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="88"/>
        <source>Shortcut: Alt+{n}.</source>
        <translation>الاختصار: Alt+{n}.</translation>
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
        <translation>➤ مدعو</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="148"/>
        <source>not now</source>
        <extracomment>on a person&apos;s tile: they passed on this prompt. Said kindly: it is their choice.</extracomment>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="155"/>
        <source>Heard on this prompt.</source>
        <translation>سمعناه في هذا الموضوع.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="157"/>
        <source>Said not now on this prompt.</source>
        <translation>قال «ليس الآن» في هذا الموضوع.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="159"/>
        <source>Invited to speak next.</source>
        <translation>مدعو للكلام تاليًا.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/person_tiles.py" line="161"/>
        <source>Asking to speak: number {place} in the queue.</source>
        <translation>يطلب الكلام: رقم {place} في الدور.</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="44"/>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="57"/>
        <source>They agree to a photo of them being used</source>
        <translation>يوافق الشخص على استخدام صورته</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="59"/>
        <source>Ask them first. Taking it back deletes their photo straight away.</source>
        <translation>اسأل الشخص أولًا. سحب الموافقة يحذف صورته فورًا.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="66"/>
        <source>Remove their photo</source>
        <translation>إزالة صورة الشخص</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="65"/>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="110"/>
        <source>Add the&amp;ir photo…</source>
        <translation>إضافة صورة الشخص (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="110"/>
        <source>Change the&amp;ir photo…</source>
        <translation>تغيير صورة الشخص (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="122"/>
        <source>Their photo</source>
        <translation>صورة الشخص</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="125"/>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="126"/>
        <source>No photo</source>
        <translation>لا توجد صورة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="130"/>
        <source>No photo consent recorded.</source>
        <translation>لم تُسجَّل موافقة على الصورة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="133"/>
        <source>Agreed {when}</source>
        <translation>وافق في {when}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="133"/>
        <source>Took it back {when}</source>
        <translation>سحب الموافقة في {when}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="145"/>
        <source>Taking back consent deletes their photo now. Go on?</source>
        <translation>سحب الموافقة يحذف صورة الشخص الآن. هل تتابع؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="159"/>
        <source>Recorded that {name} agrees to a photo.</source>
        <translation>تم تسجيل موافقة {name} على الصورة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="161"/>
        <source>Recorded that {name} does not agree to a photo; any photo of them is deleted.</source>
        <translation>تم تسجيل عدم موافقة {name} على الصورة، وحُذفت أي صورة له.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="174"/>
        <source>Photo removed.</source>
        <translation>تمت إزالة الصورة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/photo_panel.py" line="178"/>
        <source>Photo consent</source>
        <translation>الموافقة على الصورة</translation>
    </message>
</context>
<context>
    <name>PictureDetailsDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="35"/>
        <source>A picture card from {file}</source>
        <translation>بطاقة صورة من {file}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="41"/>
        <source>The picture</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="45"/>
        <source>No one (not a photo of a person)</source>
        <translation>لا أحد (ليست صورة شخص)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="50"/>
        <source>{name} (no photo consent yet)</source>
        <translation>{name} (لا موافقة على الصورة بعد)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="57"/>
        <source>&amp;Words on the card:</source>
        <translation>الكلمات على البطاقة (&amp;W):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="57"/>
        <source>What the picture shows, in a few words</source>
        <translation>ماذا تُظهر الصورة، بكلمات قليلة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="58"/>
        <source>&amp;Group:</source>
        <translation>المجموعة (&amp;G):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="58"/>
        <source>The group of cards it goes in</source>
        <translation>مجموعة البطاقات التي تنتمي إليها</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="61"/>
        <source>&amp;Is it a photo of someone here?</source>
        <translation>هل هي صورة لأحد الحاضرين؟ (&amp;I)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="63"/>
        <source>A photo of a person needs their photo consent, recorded on the People tab</source>
        <translation>صورة الشخص تحتاج موافقته المسجلة في تبويب الأشخاص</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="65"/>
        <source>&amp;Taken or drawn by:</source>
        <translation>التقطها أو رسمها (&amp;T):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="65"/>
        <source>Printed with the card, to credit them</source>
        <translation>يُطبع مع البطاقة لذكر صاحبها</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="66"/>
        <source>&amp;Permission:</source>
        <translation>الإذن (&amp;P):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="66"/>
        <source>The licence or permission to use it</source>
        <translation>الترخيص أو الإذن باستخدامها</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="68"/>
        <source>Add the card</source>
        <translation>إضافة البطاقة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="81"/>
        <source>Please type the words for this card.</source>
        <translation>يرجى كتابة الكلمات لهذه البطاقة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="85"/>
        <source>Please type the group this card goes in.</source>
        <translation>يرجى كتابة المجموعة التي تنتمي إليها هذه البطاقة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/picture_details.py" line="18"/>
        <source>Used with permission</source>
        <extracomment>The permission a picture brought in is used under, filled in for the facilitator to change. It is kept with the card and printed beside it.</extracomment>
        <translation>مستخدمة بإذن</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="87"/>
        <source>Communication profile: {name}</source>
        <translation>ملف التواصل: {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="90"/>
        <source>How {name} likes to communicate</source>
        <translation>كيف يحب {name} أن يتواصل</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="102"/>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="155"/>
        <source>Same as the meeting</source>
        <translation>مثل الاجتماع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="107"/>
        <source>No interpreter</source>
        <translation>بلا مترجم</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="108"/>
        <source>Spoken language interpreter</source>
        <translation>مترجم لغة منطوقة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="109"/>
        <source>BSL (British Sign Language) interpreter</source>
        <translation>مترجم BSL (لغة الإشارة البريطانية)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="121"/>
        <source>Call them (preferred &amp;name):</source>
        <extracomment>the name the person likes to be called, which may differ from their credit.</extracomment>
        <translation>الاسم الذي يُنادى به (&amp;N):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="123"/>
        <source>Leave empty to use the name they are credited by</source>
        <translation>اتركه فارغًا لاستخدام الاسم الذي يظهر به</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="127"/>
        <source>&amp;Language for reading aloud:</source>
        <translation>لغة القراءة بصوت عالٍ (&amp;L):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="129"/>
        <source>Their words and their audio are read in this language</source>
        <translation>يُقرأ كلام الشخص وملفه الصوتي بهذه اللغة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="131"/>
        <source>&amp;Interpreter:</source>
        <translation>المترجم (&amp;I):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="134"/>
        <source>Interpreter&apos;s lan&amp;guage:</source>
        <translation>لغة المترجم (&amp;G):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="136"/>
        <source>For a spoken language interpreter, for example Polish or Tigrinya</source>
        <translation>لمترجم لغة منطوقة، مثل البولندية أو التغرينية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="142"/>
        <source>&amp;Easy Read</source>
        <translation>سهل القراءة (&amp;E)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="143"/>
        <source>Large &amp;print</source>
        <translation>طباعة كبيرة (&amp;P)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="144"/>
        <source>&amp;Audio</source>
        <translation>صوت (&amp;A)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="146"/>
        <source>Formats they need information in</source>
        <translation>الصيغ التي يحتاج بها الشخص المعلومات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="160"/>
        <source>Reading spee&amp;d:</source>
        <translation>سرعة القراءة (&amp;D):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="162"/>
        <source>How fast their words are read back to them</source>
        <translation>مدى سرعة قراءة كلام الشخص له</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="166"/>
        <source>&amp;Voice (optional):</source>
        <translation>الصوت (اختياري) (&amp;V):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="168"/>
        <source>The name of an installed voice. Leave empty to choose one from the language</source>
        <translation>اسم صوت مثبّت. اتركه فارغًا لاختيار صوت حسب اللغة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="170"/>
        <source>Talking, listening and reading</source>
        <translation>الكلام والاستماع والقراءة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="175"/>
        <source>No particular way</source>
        <translation>لا طريقة محددة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="177"/>
        <source>Touch screen</source>
        <translation>شاشة لمس</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="178"/>
        <source>Keyboard</source>
        <translation>لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="179"/>
        <source>Switch</source>
        <translation>مفتاح تحكم</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="184"/>
        <source>One switch (the highlight moves by itself)</source>
        <translation>مفتاح واحد (يتحرك التظليل وحده)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="185"/>
        <source>Two switches (one moves, one chooses)</source>
        <translation>مفتاحان (واحد للتحريك وواحد للاختيار)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="192"/>
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="193"/>
        <source>Large</source>
        <translation>كبير</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="194"/>
        <source>Extra large</source>
        <translation>كبير جدًا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="198"/>
        <source>&amp;How they use the laptop:</source>
        <translation>كيف يستخدم الحاسوب (&amp;H):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="200"/>
        <source>S&amp;witch set-up:</source>
        <translation>إعداد المفتاح (&amp;W):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="203"/>
        <source>Time on each ite&amp;m (seconds):</source>
        <translation>الوقت على كل عنصر (ثوانٍ) (&amp;M):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="205"/>
        <source>How long the highlight stays on each thing while scanning</source>
        <translation>كم يبقى التظليل على كل عنصر أثناء المسح</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="209"/>
        <source>Time to h&amp;old the switch (seconds):</source>
        <translation>مدة الضغط على المفتاح (ثوانٍ) (&amp;O):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="211"/>
        <source>How long the switch must be held before a press counts</source>
        <translation>كم يجب الضغط على المفتاح قبل أن يُحتسب الضغط</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="216"/>
        <source>Picture card si&amp;ze:</source>
        <translation>حجم بطاقات الصور (&amp;Z):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="218"/>
        <source>How big the picture cards are when it is their turn</source>
        <translation>حجم بطاقات الصور عندما يحين دور الشخص</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="220"/>
        <source>Using the laptop</source>
        <translation>استخدام الحاسوب</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="230"/>
        <source>No&amp;tes for the facilitator:</source>
        <translation>ملاحظات للميسّر (&amp;T):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="232"/>
        <source>For example: needs breaks. Only you see these: they are never shown on the room screen</source>
        <translation>مثلًا: يحتاج إلى استراحات. أنت وحدك ترى هذه الملاحظات، ولا تظهر أبدًا على شاشة القاعة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="234"/>
        <source>They agree to sha&amp;re this profile when the meeting is exported</source>
        <translation>يوافق الشخص على مشاركة هذا الملف عند تصدير الاجتماع (&amp;R)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="243"/>
        <source>Note about &amp;consent:</source>
        <translation>ملاحظة عن الموافقة (&amp;C):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="245"/>
        <source>For example: agreed with their support worker. Kept with the date</source>
        <translation>مثلًا: بالاتفاق مع مرافقه. تُحفظ مع التاريخ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="248"/>
        <source>Notes and sharing</source>
        <translation>الملاحظات والمشاركة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="254"/>
        <source>&amp;Save</source>
        <translation>حفظ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="256"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="257"/>
        <source>Clear the &amp;form</source>
        <translation>مسح النموذج (&amp;F)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="258"/>
        <source>Empty every field. Nothing is removed until you save</source>
        <translation>يُفرغ كل الحقول. لا يُحذف شيء حتى تحفظ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="360"/>
        <source> s</source>
        <extracomment>after a number of seconds in a spin box, e.g. &quot;1.5 s&quot;.</extracomment>
        <translation> ث</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="415"/>
        <source>No answer about sharing has been recorded yet.</source>
        <translation>لم تُسجَّل إجابة عن المشاركة بعد.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="420"/>
        <source>Last recorded: agreed to share, {day}.</source>
        <translation>آخر تسجيل: وافق على المشاركة، {day}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/profile_dialog.py" line="422"/>
        <source>Last recorded: does not agree to share, {day}.</source>
        <translation>آخر تسجيل: لا يوافق على المشاركة، {day}.</translation>
    </message>
</context>
<context>
    <name>ProfileFlag</name>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="28"/>
        <source>BSL</source>
        <translation>لغة الإشارة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="30"/>
        <source>Interpreter: {value}</source>
        <extracomment>on a person&apos;s tile; {value} is the language, e.g. &quot;Interpreter: Polish&quot;.</extracomment>
        <translation>مترجم: {value}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="32"/>
        <source>Language: {value}</source>
        <extracomment>on a person&apos;s tile; {value} is the language their words are read in.</extracomment>
        <translation>اللغة: {value}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="33"/>
        <source>Easy Read</source>
        <translation>سهل القراءة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="34"/>
        <source>Large print</source>
        <translation>طباعة كبيرة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="35"/>
        <source>Audio</source>
        <translation>صوت</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="36"/>
        <source>Switch</source>
        <translation>مفتاح تحكم</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="37"/>
        <source>Keyboard</source>
        <translation>لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="38"/>
        <source>Touch screen</source>
        <translation>شاشة لمس</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="39"/>
        <source>Much slower speech</source>
        <translation>كلام أبطأ بكثير</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="40"/>
        <source>Slower speech</source>
        <translation>كلام أبطأ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="41"/>
        <source>Faster speech</source>
        <translation>كلام أسرع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="42"/>
        <source>Large cards</source>
        <translation>بطاقات كبيرة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="43"/>
        <source>Extra large cards</source>
        <translation>بطاقات كبيرة جدًا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/tile_flags.py" line="45"/>
        <source>See notes</source>
        <extracomment>on a person&apos;s tile: the facilitator has notes about them (never shown there).</extracomment>
        <translation>انظر الملاحظات</translation>
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
        <translation>لا توجد مواضيع لهذا الاجتماع بعد. أضفها من «إعداد».</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="355"/>
        <source>Prompt {n} of {total}</source>
        <translation>الموضوع {n} من {total}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_widgets.py" line="358"/>
        <source>Picture: {card}</source>
        <translation>الصورة: {card}</translation>
    </message>
</context>
<context>
    <name>PromptsEditor</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="64"/>
        <source>Prompts, in order</source>
        <translation>المواضيع بالترتيب</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="73"/>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="157"/>
        <source>No picture</source>
        <translation>بلا صورة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="76"/>
        <source>Prompt &amp;words:</source>
        <translation>كلمات الموضوع (&amp;W):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="76"/>
        <source>A short question or topic for the group</source>
        <translation>سؤال أو موضوع قصير للمجموعة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="77"/>
        <source>P&amp;icture card:</source>
        <translation>بطاقة الصورة (&amp;I):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="77"/>
        <source>A picture shown with the prompt</source>
        <translation>صورة تظهر مع الموضوع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="79"/>
        <source>&amp;Add prompt</source>
        <translation>إضافة موضوع (&amp;A)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="80"/>
        <source>Sa&amp;ve changes</source>
        <translation>حفظ التغييرات (&amp;V)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="81"/>
        <source>Move &amp;up</source>
        <translation>نقل إلى الأعلى (&amp;U)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="82"/>
        <source>Move &amp;down</source>
        <translation>نقل إلى الأسفل (&amp;D)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="83"/>
        <source>R&amp;emove prompt</source>
        <translation>إزالة الموضوع (&amp;E)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="84"/>
        <source>New &amp;prompt</source>
        <translation>موضوع جديد (&amp;P)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="105"/>
        <source>Prompts, in the order the meeting goes through them</source>
        <translation>المواضيع بالترتيب الذي يمر به الاجتماع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="203"/>
        <source>Prompt added.</source>
        <translation>تمت إضافة الموضوع.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/prompts_editor.py" line="210"/>
        <source>Prompt saved.</source>
        <translation>تم حفظ الموضوع.</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>The backup is back in place. The damaged file was kept as {name}.</source>
        <translation type="vanished">أُعيدت النسخة الاحتياطية إلى مكانها. حُفظ الملف التالف باسم {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="95"/>
        <source>The backup is back in place. The file it replaced was kept as {name}.</source>
        <translation>عادت النسخة الاحتياطية إلى مكانها. حُفظ الملف الذي استُبدل باسم {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="103"/>
        <source>Restore the newest backup ({name})?</source>
        <translation>هل تستعيد أحدث نسخة احتياطية ({name})؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="105"/>
        <location filename="../coprod_desktop/ui/startup.py" line="122"/>
        <source>&amp;Restore the backup</source>
        <translation>استعادة النسخة الاحتياطية (&amp;R)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="106"/>
        <location filename="../coprod_desktop/ui/startup.py" line="124"/>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="115"/>
        <source>You can restore the newest good backup ({name}), or open the file as it is. The file is kept either way.</source>
        <translation>يمكنك استعادة أحدث نسخة احتياطية سليمة ({name})، أو فتح الملف كما هو. يُحفظ الملف في الحالتين.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="118"/>
        <source>There is no backup to restore. You can open the file as it is.</source>
        <translation>لا توجد نسخة احتياطية لاستعادتها. يمكنك فتح الملف كما هو.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="123"/>
        <source>&amp;Open it as it is</source>
        <translation>فتحه كما هو (&amp;O)</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="59"/>
        <source>Payment and expense rates</source>
        <translation>أسعار الأجر والمصاريف</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="66"/>
        <source>Rates</source>
        <translation>الأسعار</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="70"/>
        <source>&amp;Mileage, pounds per mile:</source>
        <translation>بدل الأميال، بالجنيه لكل ميل (&amp;M):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="72"/>
        <source>For example 0.45 for 45p a mile</source>
        <translation>مثلًا 0.45 يعني 45 بنسًا لكل ميل</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="76"/>
        <source>&amp;Payment, pounds per hour:</source>
        <translation>الأجر، بالجنيه لكل ساعة (&amp;P):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="78"/>
        <source>For people who chose payment for their time. 0 until your organisation sets it</source>
        <translation>لمن اختار أجرًا مقابل وقته. القيمة 0 حتى تحددها مؤسستك</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="82"/>
        <source>&amp;Voucher, pounds per meeting:</source>
        <translation>القسيمة، بالجنيه لكل اجتماع (&amp;V):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="84"/>
        <source>For people who chose a voucher for each meeting</source>
        <translation>لمن اختار قسيمة عن كل اجتماع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="88"/>
        <source>&amp;Save rates</source>
        <translation>حفظ الأسعار (&amp;S)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="98"/>
        <source>Finance export</source>
        <translation>تصدير للمالية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="102"/>
        <source>A spreadsheet for the finance team: one row per person per meeting, with their full name, what is owed in pence and why.</source>
        <translation>جدول بيانات لفريق المالية: صف لكل شخص في كل اجتماع، فيه اسمه الكامل، والمبلغ المستحق بالبنس وسببه.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="110"/>
        <source>&amp;From (like 2026-11-01):</source>
        <translation>من (مثل 2026-11-01) (&amp;F):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="110"/>
        <source>The first meeting date</source>
        <translation>تاريخ أول اجتماع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="111"/>
        <source>&amp;To (like 2026-11-30):</source>
        <translation>إلى (مثل 2026-11-30) (&amp;T):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="111"/>
        <source>The last meeting date</source>
        <translation>تاريخ آخر اجتماع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="112"/>
        <source>Save the finance e&amp;xport…</source>
        <translation>حفظ التصدير للمالية (&amp;X)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="118"/>
        <source>&amp;Close</source>
        <translation>إغلاق (&amp;C)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="167"/>
        <source>The rates are saved.</source>
        <translation>تم حفظ الأسعار.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="177"/>
        <source>Save the finance export</source>
        <translation>حفظ التصدير للمالية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="177"/>
        <source>Spreadsheets (*.csv)</source>
        <translation>جداول بيانات (*.csv)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/rates_dialog.py" line="198"/>
        <source>The finance export is saved: {path}</source>
        <translation>تم حفظ التصدير للمالية: {path}</translation>
    </message>
</context>
<context>
    <name>ReadBackBar</name>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="60"/>
        <source>✓ Yes, that&apos;s right</source>
        <extracomment>the read-back&apos;s answer: the person says what was written down is right.</extracomment>
        <translation>✓ نعم، هذا صحيح</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="62"/>
        <source>✎ Change it</source>
        <extracomment>the read-back&apos;s answer: the person wants what was written down changed.</extracomment>
        <translation>✎ غيّره</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="63"/>
        <source>Yes, that&apos;s right</source>
        <translation>نعم، هذا صحيح</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="64"/>
        <source>Change it</source>
        <translation>غيّره</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="65"/>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="66"/>
        <source>Shortcut: {key}</source>
        <translation>الاختصار: {key}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="89"/>
        <source>{name} said: {words}</source>
        <extracomment>the read-back in the console after Save; {name} is the person as credited, {words} what was written down for them.</extracomment>
        <translation>قال {name}: {words}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="90"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/read_back_bar.py" line="92"/>
        <source>Read back: {said}</source>
        <translation>إعادة القراءة: {said}</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../coprod_desktop/ui/widgets/read_only_banner.py" line="23"/>
        <source>This file can only be read: changes cannot be saved. You can look at meetings and print them. To make changes, copy the file to a folder you can write to and open the copy.</source>
        <translation>هذا الملف للقراءة فقط: لا يمكن حفظ التغييرات. يمكنك الاطلاع على الاجتماعات وطباعتها. لإجراء تغييرات، انسخ الملف إلى مجلد يمكنك الكتابة فيه وافتح النسخة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/read_only_banner.py" line="44"/>
        <source>Read-only file</source>
        <extracomment>Accessible name of the banner shown when the meeting database can only be read.</extracomment>
        <translation>ملف للقراءة فقط</translation>
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
        <translation>تجري القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/reading_bar.py" line="35"/>
        <source>■ Stop reading</source>
        <translation>■ إيقاف القراءة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/reading_bar.py" line="36"/>
        <source>Stop reading</source>
        <translation>إيقاف القراءة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/reading_bar.py" line="37"/>
        <source>Shortcut: Escape</source>
        <translation>الاختصار: Escape</translation>
    </message>
</context>
<context>
    <name>ReplaceQuestion</name>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="23"/>
        <source>1 file with this name is already in that folder. Replace it, keep both (new name), or cancel?</source>
        <translation>يوجد في ذلك المجلد ملف واحد بهذا الاسم. هل تستبدله، أم تحتفظ بالاثنين (اسم جديد)، أم تلغي؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="26"/>
        <source>Files with these names already in that folder: {count}. Replace them, keep both (new names), or cancel?</source>
        <translation>ملفات بهذه الأسماء موجودة في ذلك المجلد: {count}. هل تستبدلها، أم تحتفظ بالاثنين (أسماء جديدة)، أم تلغي؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="30"/>
        <source>Files already there</source>
        <translation>ملفات موجودة مسبقًا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="31"/>
        <source>&amp;Replace</source>
        <translation>استبدال (&amp;R)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="32"/>
        <source>&amp;Keep both</source>
        <translation>الاحتفاظ بالاثنين (&amp;K)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="34"/>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/replace_question.py" line="34"/>
        <source>Keep both</source>
        <translation>الاحتفاظ بالاثنين</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="43"/>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="154"/>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="161"/>
        <source>Restore from a backup</source>
        <translation>استعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="45"/>
        <source>&amp;Backups, newest first:</source>
        <translation>النسخ الاحتياطية، الأحدث أولًا: (&amp;B)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="48"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="60"/>
        <source>There are no backups of this file yet.</source>
        <translation>لا توجد نسخ احتياطية لهذا الملف بعد.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="62"/>
        <source>&amp;Restore…</source>
        <translation>استعادة (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="88"/>
        <source>at the start of a meeting</source>
        <translation>في بداية اجتماع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="89"/>
        <source>after a meeting</source>
        <translation>بعد اجتماع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="90"/>
        <source>daily backup</source>
        <translation>نسخة احتياطية يومية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="91"/>
        <source>Back up now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="92"/>
        <source>from the command line</source>
        <translation>من سطر الأوامر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="93"/>
        <source>before an update of CoProd Desktop</source>
        <translation>قبل تحديث CoProd Desktop</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="100"/>
        <source>{when}: cannot be read</source>
        <extracomment>A backup in the list that cannot be read. {when}: a date and time.</extracomment>
        <translation>{when}: لا يمكن قراءتها</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="102"/>
        <source>{when}, {why}. Meetings: {meetings}. Contributions: {contributions}.</source>
        <extracomment>One backup in the list. {when}: a date and time; {why}: why it was made; then two numbers.</extracomment>
        <translation>{when}، {why}. الاجتماعات: {meetings}. المساهمات: {contributions}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="116"/>
        <source>You will lose the meeting &apos;{title}&apos; and its contributions ({count}).</source>
        <extracomment>{title}: a meeting&apos;s title; {count}: a number of contributions.</extracomment>
        <translation>ستفقد الاجتماع &apos;{title}&apos; ومساهماته ({count}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="120"/>
        <source>The meeting &apos;{title}&apos; will come back, with its contributions ({count}).</source>
        <translation>سيعود الاجتماع &apos;{title}&apos; مع مساهماته ({count}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="126"/>
        <source>In &apos;{title}&apos; you will lose contributions made since then: {count}.</source>
        <translation>في &apos;{title}&apos; ستفقد المساهمات التي أُضيفت منذ ذلك الحين: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="132"/>
        <source>In &apos;{title}&apos; contributions will come back: {count}.</source>
        <translation>في &apos;{title}&apos; ستعود مساهمات: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="139"/>
        <source>Restore the backup from {when}?</source>
        <translation>استعادة النسخة الاحتياطية من {when}؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="141"/>
        <source>It holds the same meetings and contributions as the file open now.</source>
        <translation>تحتوي على الاجتماعات والمساهمات نفسها الموجودة في الملف المفتوح الآن.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="144"/>
        <source>The file open now is kept aside first, so nothing is deleted.</source>
        <translation>يُحفظ الملف المفتوح الآن جانبًا أولًا، فلا يُحذف شيء.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="162"/>
        <source>&amp;Restore</source>
        <translation>استعادة (&amp;R)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/restore_dialog.py" line="163"/>
        <source>&amp;Keep the file as it is</source>
        <translation>إبقاء الملف كما هو (&amp;K)</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="29"/>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="31"/>
        <source>Keep meetings for</source>
        <translation>مدة حفظ الاجتماعات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="37"/>
        <source>Months: {count}</source>
        <extracomment>A period kept that is not one of the choices offered. {count}: a number of months.</extracomment>
        <translation>الأشهر: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="39"/>
        <source>&amp;Keep meetings for:</source>
        <translation>مدة حفظ الاجتماعات (&amp;K):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="66"/>
        <source>Until I delete them</source>
        <translation>حتى أحذفها</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="67"/>
        <source>6 months</source>
        <translation>6 أشهر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="68"/>
        <source>1 year</source>
        <translation>سنة واحدة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="69"/>
        <source>2 years</source>
        <translation>سنتان</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="70"/>
        <source>3 years</source>
        <translation>3 سنوات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="71"/>
        <source>6 years</source>
        <translation>6 سنوات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="78"/>
        <source>Nothing is deleted without asking.</source>
        <translation>لا يُحذف شيء دون سؤالك.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="80"/>
        <source>Meetings are kept until you delete them. None are listed for clean-up.</source>
        <translation>تُحفظ الاجتماعات حتى تحذفها. لا يُعرض أي منها للتنظيف.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="81"/>
        <source>Meetings older than 6 months will be listed for clean-up.</source>
        <translation>ستُعرض للتنظيف الاجتماعات الأقدم من 6 أشهر.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="82"/>
        <source>Meetings older than 1 year will be listed for clean-up.</source>
        <translation>ستُعرض للتنظيف الاجتماعات الأقدم من سنة واحدة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="83"/>
        <source>Meetings older than 2 years will be listed for clean-up.</source>
        <translation>ستُعرض للتنظيف الاجتماعات الأقدم من سنتين.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="84"/>
        <source>Meetings older than 3 years will be listed for clean-up.</source>
        <translation>ستُعرض للتنظيف الاجتماعات الأقدم من 3 سنوات.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="85"/>
        <source>Meetings older than 6 years will be listed for clean-up.</source>
        <translation>ستُعرض للتنظيف الاجتماعات الأقدم من 6 سنوات.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/retention_dialog.py" line="87"/>
        <source>Meetings older than the months chosen will be listed for clean-up.</source>
        <translation>ستُعرض للتنظيف الاجتماعات الأقدم من الأشهر المختارة.</translation>
    </message>
</context>
<context>
    <name>RoomAnnouncer</name>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="103"/>
        <source>The room: {meeting}.</source>
        <translation>الغرفة: {meeting}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="118"/>
        <source>This meeting has no prompts yet.</source>
        <translation>لا توجد مواضيع لهذا الاجتماع بعد.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="120"/>
        <source>Prompt {n} of {total}: {prompt}</source>
        <extracomment>announced to screen readers on opening the room and on moving to another prompt.</extracomment>
        <translation>الموضوع {n} من {total}: {prompt}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="124"/>
        <source>Nobody is speaking yet.</source>
        <translation>لا أحد يتكلم بعد.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/announcements.py" line="126"/>
        <source>{name} is speaking.</source>
        <extracomment>announced to screen readers when it is someone&apos;s turn; {name} is how they are credited.</extracomment>
        <translation>يتكلم الآن: {name}.</translation>
    </message>
</context>
<context>
    <name>RoomCorrecting</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="36"/>
        <source>Save</source>
        <translation>الحفظ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="37"/>
        <source>the correction</source>
        <translation>التصحيح</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="38"/>
        <source>the new credit</source>
        <translation>تغيير صاحب الكلام</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="39"/>
        <source>the move</source>
        <translation>النقل</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="40"/>
        <source>“yes, that&apos;s right”</source>
        <translation>«نعم، هذا صحيح»</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="41"/>
        <source>“change it”</source>
        <translation>«غيّره»</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="42"/>
        <source>the support</source>
        <translation>المساعدة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="43"/>
        <source>the agreement</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="44"/>
        <source>taking the agreement back</source>
        <translation>سحب الموافقة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="45"/>
        <source>the pass</source>
        <translation>«ليس الآن»</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="151"/>
        <source>Correcting what {name} said. Each change is saved at once.</source>
        <extracomment>the heading of the console&apos;s correcting panel; {name} is the person as credited.</extracomment>
        <translation>تصحيح ما قاله {name}. يُحفظ كل تغيير فورًا.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="161"/>
        <source>{n}. {prompt}</source>
        <translation>{n}. {prompt}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="164"/>
        <source>Other things people said</source>
        <translation>أشياء أخرى قالها الناس</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="211"/>
        <source>Saved the correction.</source>
        <translation>تم حفظ التصحيح.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="221"/>
        <source>It is now credited to {name}.</source>
        <translation>يظهر الآن باسم {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="228"/>
        <source>Moved to “{prompt}”.</source>
        <translation>نُقلت إلى «{prompt}».</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="238"/>
        <source>Withdraw what {name} said? It leaves the wall, the room display and the printouts, and its words are erased: this cannot be undone.</source>
        <translation>سحب ما قاله {name}؟ سيختفي من الجدار وشاشة القاعة والمطبوعات، ويُمحى الكلام: لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="241"/>
        <source>Withdraw</source>
        <translation>سحب</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="244"/>
        <source>Withdrawn: what {name} said has been erased.</source>
        <translation>تم السحب: مُحي ما قاله {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="56"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="59"/>
        <source>Undo (a withdrawal cannot be undone)</source>
        <extracomment>on the Undo button after a contribution was withdrawn: it cannot come back.</extracomment>
        <translation>تراجع (لا يمكن التراجع عن السحب)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="61"/>
        <source>Undo: {what}</source>
        <extracomment>on the Undo button; {what} is what it would take back (&quot;Save&quot;, &quot;the move&quot;).</extracomment>
        <translation>تراجع: {what}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="67"/>
        <source>Undone.</source>
        <extracomment>on the status line after Undo; {what} is what was taken back (&quot;the move&quot;).</extracomment>
        <translation>تم التراجع.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="67"/>
        <source>Undone: {what}</source>
        <extracomment>on the status line after Undo; {what} is what was taken back (&quot;the move&quot;).</extracomment>
        <translation>تم التراجع: {what}</translation>
    </message>
</context>
<context>
    <name>RoomDisplay</name>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="68"/>
        <source>Room display</source>
        <translation>شاشة القاعة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="350"/>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="488"/>
        <source>✓ confirmed</source>
        <translation>✓ مؤكَّد</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="353"/>
        <source>✎ being corrected</source>
        <translation>✎ قيد التصحيح</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="357"/>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="484"/>
        <source>{name} said:</source>
        <translation>قال {name}:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="362"/>
        <source>supporter</source>
        <translation>مرافق</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="363"/>
        <source>advocate</source>
        <translation>مناصر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="364"/>
        <source>interpreter</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="371"/>
        <source>with support from {supporter} ({role})</source>
        <translation>بمساعدة {supporter} ({role})</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="375"/>
        <source>with support from their {role}</source>
        <translation>بمساعدة {role}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="383"/>
        <source>{name} agrees</source>
        <translation>{name} يوافق</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="386"/>
        <source>{names} and {count} more agree</source>
        <translation>يوافق {names} و{count} غيرهم</translation>
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
        <translation>{names} و{last}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="392"/>
        <source>{names} agree</source>
        <translation>يوافق {names}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="397"/>
        <source>Looking back: prompt {number} of {count}</source>
        <translation>نظرة إلى الوراء: الموضوع {number} من {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="401"/>
        <source>Looking back</source>
        <translation>نظرة إلى الوراء</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="406"/>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="476"/>
        <source>{name}, your turn?</source>
        <translation>{name}، دورك؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="415"/>
        <source>Waiting to speak:</source>
        <translation>ينتظرون الكلام:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="419"/>
        <source>+{count} more</source>
        <translation>+{count} آخرون</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="425"/>
        <source>✓ Yes, that&apos;s right</source>
        <translation>✓ نعم، هذا صحيح</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="427"/>
        <source>✎ Change it</source>
        <translation>✎ غيّره</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="432"/>
        <source>Is that right?</source>
        <translation>هل هذا صحيح؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="438"/>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/display/room_display.py" line="435"/>
        <source>{name} is speaking</source>
        <translation>{name} يتحدث</translation>
    </message>
</context>
<context>
    <name>RoomScanning</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="70"/>
        <source>Yes, or change it</source>
        <extracomment>a switch-scanning group: the answers to the read-back after Save.</extracomment>
        <translation>نعم، أو غيّره</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="72"/>
        <source>People</source>
        <extracomment>a switch-scanning group: the person tiles.</extracomment>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="74"/>
        <source>Quick cards</source>
        <extracomment>a switch-scanning group: the row of cards matching their words, or used lately.</extracomment>
        <translation>بطاقات سريعة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="76"/>
        <source>Cards</source>
        <extracomment>a switch-scanning group: every picture card shown.</extracomment>
        <translation>البطاقات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="78"/>
        <source>Actions</source>
        <extracomment>a switch-scanning group: Save, Read aloud, Next and Previous prompt, Not now, Clear.</extracomment>
        <translation>الأزرار</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="82"/>
        <source>Take a card away</source>
        <translation>إزالة بطاقة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="104"/>
        <source>{name}: no longer agrees</source>
        <extracomment>a switch-scanning choice; {name} is how the person is credited.</extracomment>
        <translation>{name}: لم يعد موافقًا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="104"/>
        <source>{name} agrees</source>
        <extracomment>a switch-scanning choice; {name} is how the person is credited.</extracomment>
        <translation>{name} موافق</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="107"/>
        <source>{name}: no longer waiting</source>
        <translation>{name}: لم يعد ينتظر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="107"/>
        <source>{name} asks to speak</source>
        <translation>{name} يطلب الكلام</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="111"/>
        <source>Agree with the newest</source>
        <extracomment>a switch-scanning group: people add their marker to the newest contribution.</extracomment>
        <translation>الموافقة على الأحدث</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_scanning.py" line="113"/>
        <source>Ask to speak</source>
        <extracomment>a switch-scanning group: people join (or leave) the queue to speak.</extracomment>
        <translation>طلب الكلام</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="86"/>
        <source>◀ &amp;Previous prompt</source>
        <translation>▶ الموضوع السابق (&amp;P)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="87"/>
        <source>&amp;Next prompt ▶</source>
        <translation>الموضوع التالي (&amp;N) ◀</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="88"/>
        <source>Previous prompt</source>
        <translation>الموضوع السابق</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="89"/>
        <source>Next prompt</source>
        <translation>الموضوع التالي</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="97"/>
        <source>Who is speaking?</source>
        <translation>من يتكلم؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="104"/>
        <source>Shortcut: {key}</source>
        <translation>الاختصار: {key}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="111"/>
        <source>&amp;Set up</source>
        <translation>إعداد (&amp;S)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="112"/>
        <source>P&amp;rint summary…</source>
        <translation>طباعة الملخص (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="114"/>
        <source>Take-home &amp;files…</source>
        <extracomment>Button: each person&apos;s take-home sheet and certificate (and the summary), saved or printed.</extracomment>
        <translation>ملفات المشاركين (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="115"/>
        <source>&amp;Meetings</source>
        <translation>الاجتماعات (&amp;M)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="125"/>
        <source>🔊 Rea&amp;d aloud</source>
        <translation>🔊 قراءة بصوت عالٍ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="126"/>
        <source>Read the prompt aloud</source>
        <translation>قراءة الموضوع بصوت عالٍ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="128"/>
        <source>Speec&amp;h…</source>
        <translation>النطق (&amp;H)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="129"/>
        <source>Speech settings</source>
        <translation>إعدادات النطق</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="355"/>
        <source>Scanning has paused: press the switch to start again.</source>
        <translation>توقف المسح مؤقتًا: اضغط على المفتاح للبدء من جديد.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="378"/>
        <source>{name} is speaking.</source>
        <translation>يتكلم الآن: {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="380"/>
        <source>Choose who is speaking.</source>
        <translation>اختر من يتكلم.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="391"/>
        <source>&amp;Keep {name} speaking after Save</source>
        <extracomment>a check box by Save; {name} is the person speaking now, as credited.</extracomment>
        <translation>إبقاء {name} متكلمًا بعد الحفظ (&amp;K)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="393"/>
        <source>&amp;Keep the speaker chosen after Save</source>
        <translation>إبقاء المتكلم نفسه بعد الحفظ (&amp;K)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_correcting.py" line="181"/>
        <location filename="../coprod_desktop/ui/room/room_draft.py" line="79"/>
        <source>That is the most cards one contribution can have.</source>
        <translation>هذا أكبر عدد من البطاقات لمساهمة واحدة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="467"/>
        <source>Saved what {name} said.</source>
        <translation>تم حفظ كلام {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/room_view.py" line="561"/>
        <source>Reads the prompt aloud. Escape stops reading.</source>
        <translation>يقرأ الموضوع بصوت عالٍ. Escape يوقف القراءة.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="99"/>
        <source>Meeting &amp;title:</source>
        <translation>عنوان الاجتماع (&amp;T):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="100"/>
        <source>&amp;Date:</source>
        <translation>التاريخ (&amp;D):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="100"/>
        <source>Year, month and day</source>
        <translation>السنة والشهر واليوم</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="101"/>
        <source>&amp;Place:</source>
        <translation>المكان (&amp;P):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="103"/>
        <source>&amp;Language:</source>
        <translation>اللغة (&amp;L):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="103"/>
        <source>The language prompts and words are read aloud in</source>
        <translation>اللغة التي تُقرأ بها المواضيع والكلام بصوت عالٍ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="105"/>
        <source>&amp;Reading speed:</source>
        <translation>سرعة القراءة (&amp;R):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="106"/>
        <source>Reading &amp;volume:</source>
        <translation>مستوى الصوت (&amp;V):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="140"/>
        <source>Meeting set-up</source>
        <translation>إعداد الاجتماع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="141"/>
        <source>1. Details</source>
        <translation>1. التفاصيل</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="142"/>
        <source>2. People</source>
        <translation>2. الأشخاص</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="143"/>
        <source>3. Prompts</source>
        <translation>3. المواضيع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="144"/>
        <source>4. Cards</source>
        <translation>4. البطاقات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="150"/>
        <source>&amp;Back to meetings</source>
        <translation>العودة إلى الاجتماعات (&amp;B)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="151"/>
        <source>Start the &amp;meeting</source>
        <translation>بدء الاجتماع (&amp;M)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="249"/>
        <source>New meeting</source>
        <translation>اجتماع جديد</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="256"/>
        <source>&amp;Create meeting</source>
        <translation>إنشاء الاجتماع (&amp;C)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="226"/>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="258"/>
        <source>Set up: {title}</source>
        <translation>إعداد: {title}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="265"/>
        <source>&amp;Save details</source>
        <translation>حفظ التفاصيل (&amp;S)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="294"/>
        <source>Meeting created. Now add the people taking part.</source>
        <translation>تم إنشاء الاجتماع. أضف الآن المشاركين.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup/setup_view.py" line="299"/>
        <source>Details saved.</source>
        <translation>تم حفظ التفاصيل.</translation>
    </message>
</context>
<context>
    <name>SpeechSettingsDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="20"/>
        <source>Speech</source>
        <translation>النطق</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="24"/>
        <source>Read each prompt aloud when it comes up</source>
        <translation>قراءة كل موضوع بصوت عالٍ عند ظهوره</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="27"/>
        <source>Talking cards: say each picture card as it is chosen</source>
        <translation>بطاقات ناطقة: نطق كل بطاقة صورة عند اختيارها</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="30"/>
        <source>Read back each contribution after it is saved</source>
        <translation>إعادة قراءة كل مساهمة بعد حفظها</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="36"/>
        <source>Speech engine</source>
        <translation>محرّك النطق</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="38"/>
        <source>Speech &amp;engine:</source>
        <translation>محرّك النطق (&amp;E):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="41"/>
        <source>A new engine is used from the next time CoProd Desktop starts.</source>
        <translation>يُستخدم المحرّك الجديد من المرة القادمة التي يبدأ فيها CoProd Desktop.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="11"/>
        <source>Choose automatically</source>
        <extracomment>A speech engine, chosen from a list. &apos;eSpeak NG&apos;, &apos;pyttsx3&apos; and &apos;Qt&apos; are names: keep them.</extracomment>
        <translation>الاختيار تلقائيًا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="12"/>
        <source>eSpeak NG (through pyttsx3)</source>
        <extracomment>A speech engine, chosen from a list. &apos;eSpeak NG&apos;, &apos;pyttsx3&apos; and &apos;Qt&apos; are names: keep them.</extracomment>
        <translation>eSpeak NG (عبر pyttsx3)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/dialogs/speech_settings_dialog.py" line="13"/>
        <source>The system&apos;s speech (Qt)</source>
        <extracomment>A speech engine, chosen from a list. &apos;eSpeak NG&apos;, &apos;pyttsx3&apos; and &apos;Qt&apos; are names: keep them.</extracomment>
        <translation>نطق النظام (Qt)</translation>
    </message>
</context>
<context>
    <name>Speed</name>
    <message>
        <location filename="../coprod_desktop/domain/speech.py" line="36"/>
        <source>Much slower</source>
        <extracomment>A reading speed for speech, chosen from a list: Much slower, Slower, Normal, Faster.</extracomment>
        <translation>أبطأ بكثير</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/speech.py" line="36"/>
        <source>Slower</source>
        <extracomment>A reading speed for speech, chosen from a list: Much slower, Slower, Normal, Faster.</extracomment>
        <translation>أبطأ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/speech.py" line="36"/>
        <source>Normal</source>
        <extracomment>A reading speed for speech, chosen from a list: Much slower, Slower, Normal, Faster.</extracomment>
        <translation>عادية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/speech.py" line="36"/>
        <source>Faster</source>
        <extracomment>A reading speed for speech, chosen from a list: Much slower, Slower, Normal, Faster.</extracomment>
        <translation>أسرع</translation>
    </message>
</context>
<context>
    <name>SummaryPrinter</name>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="58"/>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="101"/>
        <source>Print summary</source>
        <translation>طباعة الملخص</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="59"/>
        <source>Print the summary of this meeting, or save it as a PDF file?</source>
        <translation>هل تطبع ملخص هذا الاجتماع أم تحفظه كملف PDF؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="60"/>
        <source>&amp;Print…</source>
        <translation>طباعة (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="61"/>
        <source>&amp;Save as PDF…</source>
        <translation>حفظ كملف PDF (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="77"/>
        <source>Save summary as PDF</source>
        <translation>حفظ الملخص كملف PDF</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="77"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="82"/>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="102"/>
        <source>Making the summary…</source>
        <translation>جارٍ إعداد الملخص…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="86"/>
        <source>Summary saved: {path}</source>
        <translation>تم حفظ الملخص: {path}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="114"/>
        <source>Printing cancelled.</source>
        <translation>أُلغيت الطباعة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="104"/>
        <source>The summary could not be printed: the printer could not be started.</source>
        <translation>تعذّرت طباعة الملخص: تعذّر تشغيل الطابعة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="105"/>
        <source>The summary could not be printed.</source>
        <translation>تعذّرت طباعة الملخص.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="103"/>
        <source>Summary sent to the printer.</source>
        <translation>أُرسل الملخص إلى الطابعة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="106"/>
        <source>The summary could not be made: {reason}</source>
        <translation>تعذّر إعداد الملخص: {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/print_summary.py" line="107"/>
        <source>The summary could not be made.</source>
        <translation>تعذّر إعداد الملخص.</translation>
    </message>
</context>
<context>
    <name>SupportPicker</name>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="37"/>
        <source>Nobody</source>
        <extracomment>who helped someone contribute: nobody (the first choice of a list).</extracomment>
        <translation>لا أحد</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="38"/>
        <source>A supporter</source>
        <translation>مرافق</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="39"/>
        <source>An advocate</source>
        <translation>مناصر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="40"/>
        <source>An interpreter</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="41"/>
        <source>Supported by</source>
        <translation>بمساعدة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="43"/>
        <source>Who helped them make this contribution: shown with their name and printed</source>
        <translation>من ساعده في هذه المساهمة: يظهر مع اسمه ويُطبع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="45"/>
        <source>S&amp;upported by:</source>
        <translation>بمساعدة (&amp;U):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="48"/>
        <source>Supporter&apos;s name (optional)</source>
        <translation>اسم المرافق (اختياري)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="49"/>
        <source>Leave it empty to credit the support by its kind alone</source>
        <translation>اتركه فارغًا لذكر نوع المساعدة فقط</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/support_picker.py" line="52"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
</context>
<context>
    <name>SwitchAccess</name>
    <message>
        <location filename="../coprod_desktop/ui/widgets/switch_access.py" line="213"/>
        <source>Go back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/widgets/switch_access.py" line="215"/>
        <source>{group}: {first} to {last}</source>
        <translation>{group}: من {first} إلى {last}</translation>
    </message>
</context>
<context>
    <name>TakeHomeDialog</name>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="76"/>
        <source>Take-home sheets and certificates</source>
        <translation>أوراق المشاركين والشهادات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="84"/>
        <source>&amp;Easy Read take-home sheets</source>
        <translation>أوراق المشاركين بلغة سهلة القراءة (&amp;E)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="85"/>
        <source>&amp;Records of involvement (certificates)</source>
        <translation>سجلات المشاركة (الشهادات) (&amp;R)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="86"/>
        <source>&amp;Group summary</source>
        <translation>ملخص المجموعة (&amp;G)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="88"/>
        <source>Also a copy for screen readers and phones (&amp;web page)</source>
        <extracomment>A check box: each document also as a web page (HTML), which screen readers and phones read well.</extracomment>
        <translation>أيضًا نسخة لقارئات الشاشة والهواتف (صفحة ويب) (&amp;W)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="90"/>
        <source>What people said, as a spreads&amp;heet (CSV)</source>
        <extracomment>A check box: every contribution of the meeting saved as a CSV file, one row each, for a spreadsheet.</extracomment>
        <translation>ما قاله الناس، كجدول بيانات (CSV) (&amp;H)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="93"/>
        <source>The meeting, as an e&amp;xport file to move to another laptop (JSON)</source>
        <extracomment>A check box: the whole meeting saved as a JSON file, to import on another laptop with this app.</extracomment>
        <translation>الاجتماع، كملف تصدير لنقله إلى حاسوب آخر (JSON) (&amp;X)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="97"/>
        <source>One for the whole group, whoever is chosen below</source>
        <translation>نسخة واحدة للمجموعة كلها، أيًّا كان المختار أدناه</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="103"/>
        <source>What to make</source>
        <translation>ما الذي سيُعدّ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="112"/>
        <source>Everyone (in all: {count})</source>
        <extracomment>First in the list of whom to make documents for: everyone in the meeting; {count} is how many.</extracomment>
        <translation>الجميع (العدد: {count})</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="117"/>
        <source>&amp;For whom:</source>
        <translation>لمن: (&amp;F)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="120"/>
        <source>For whom</source>
        <translation>لمن</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="121"/>
        <source>Everyone, or one person, by the name they chose</source>
        <translation>الجميع، أو شخص واحد، بالاسم الذي اختاره</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="130"/>
        <source>No take-home sheet or certificate is made for them, as they asked: {names}</source>
        <extracomment>Under &quot;For whom&quot;: the people who said no to take-home documents; {names} is a list of names.</extracomment>
        <translation>لا تُعدّ أوراق المشاركين أو الشهادات لهؤلاء، كما طلبوا: {names}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="140"/>
        <source>&amp;Save into a folder…</source>
        <translation>حفظ في مجلد (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="141"/>
        <source>&amp;Print…</source>
        <translation>طباعة (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="142"/>
        <source>&amp;Close</source>
        <translation>إغلاق (&amp;C)</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="143"/>
        <source>Save into a folder</source>
        <translation>حفظ في مجلد</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="144"/>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_dialog.py" line="145"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>TakeHomeSaver</name>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="64"/>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="183"/>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="210"/>
        <source>Take-home sheets and certificates</source>
        <translation>أوراق المشاركين والشهادات</translation>
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
        <translation>للطباعة، اختر شخصًا واحدًا ووثيقة واحدة، أو ملخص المجموعة وحده.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="126"/>
        <source>Save into which folder?</source>
        <translation>الحفظ في أي مجلد؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="132"/>
        <source>Checking the folder…</source>
        <translation>جارٍ فحص المجلد…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="143"/>
        <source>Nothing was saved.</source>
        <translation>لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="146"/>
        <source>Making the documents…</source>
        <translation>جارٍ إعداد الوثائق…</translation>
    </message>
    <message>
        <source>1 file with this name is already in that folder. Replace it, keep both (new name), or cancel?</source>
        <translation type="vanished">يوجد في ذلك المجلد ملف واحد بهذا الاسم. هل تستبدله، أم تحتفظ بالاثنين (اسم جديد)، أم تلغي؟</translation>
    </message>
    <message>
        <source>Files with these names already in that folder: {count}. Replace them, keep both (new names), or cancel?</source>
        <translation type="vanished">ملفات بهذه الأسماء موجودة في ذلك المجلد: {count}. هل تستبدلها، أم تحتفظ بالاثنين (أسماء جديدة)، أم تلغي؟</translation>
    </message>
    <message>
        <source>Files already there</source>
        <translation type="vanished">ملفات موجودة مسبقًا</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="vanished">استبدال (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation type="vanished">الاحتفاظ بالاثنين (&amp;K)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="vanished">استبدال</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="vanished">الاحتفاظ بالاثنين</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="166"/>
        <source>Saved 1 file in {folder}.</source>
        <translation>حُفظ ملف واحد في {folder}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="168"/>
        <source>Files saved in {folder}: {count}.</source>
        <translation>الملفات المحفوظة في {folder}: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="172"/>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="180"/>
        <source>The documents could not be saved: {reason}</source>
        <translation>تعذّر حفظ الوثائق: {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="184"/>
        <source>The documents could not be saved.</source>
        <translation>تعذّر حفظ الوثائق.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="211"/>
        <source>Making the document to print…</source>
        <translation>جارٍ إعداد الوثيقة للطباعة…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="212"/>
        <source>The document was sent to the printer.</source>
        <translation>أُرسلت الوثيقة إلى الطابعة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="213"/>
        <source>The document could not be printed: the printer could not be started.</source>
        <translation>تعذّرت طباعة الوثيقة: تعذّر تشغيل الطابعة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="214"/>
        <source>The document could not be printed.</source>
        <translation>تعذّرت طباعة الوثيقة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="215"/>
        <source>The document could not be made: {reason}</source>
        <translation>تعذّر إعداد الوثيقة: {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/files/take_home_saver.py" line="216"/>
        <source>The document could not be made.</source>
        <translation>تعذّر إعداد الوثيقة.</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="150"/>
        <source>Contributions</source>
        <translation>المساهمات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="158"/>
        <source>Nothing has been added for this prompt yet.</source>
        <translation>لم يُضف شيء لهذا الموضوع بعد.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="173"/>
        <source>✎ Correct…</source>
        <extracomment>corrects the contribution that has (or last had) the keyboard focus on the wall.</extracomment>
        <translation>✎ تصحيح…</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="174"/>
        <source>Correct the chosen contribution</source>
        <translation>تصحيح المساهمة المختارة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="175"/>
        <source>Enter on a contribution does it too</source>
        <translation>الضغط على Enter فوق مساهمة يفعل ذلك أيضًا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room/wall.py" line="269"/>
        <source>Show earlier contributions ({n} more)</source>
        <translation>عرض المساهمات السابقة (المزيد: {n})</translation>
    </message>
</context>
</TS>
