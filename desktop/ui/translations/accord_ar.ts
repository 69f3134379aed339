<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Assessment</name>
    <message>
        <source>Key %1</source>
        <translation>المفتاح %1</translation>
    </message>
</context>
<context>
    <name>AssessmentListPage</name>
    <message>
        <source>List of self-assessments</source>
        <translation>قائمة التقييمات الذاتية</translation>
    </message>
    <message>
        <source>No assessments yet. Choose “New assessment…” (Ctrl+N) to start one.</source>
        <translation>لا توجد تقييمات بعد. اختر «تقييم جديد…» (Ctrl+N) لبدء تقييم.</translation>
    </message>
    <message>
        <source>Readiness self-assessments</source>
        <translation>تقييمات الجاهزية الذاتية</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>تقييم &amp;جديد…</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>بدء تقييم جديد</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>بدء تقييم جديد (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation>فتح التقييم المحدد</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>ال&amp;نتائج</translation>
    </message>
    <message>
        <source>Results of the selected assessment</source>
        <translation>نتائج التقييم المحدد</translation>
    </message>
    <message>
        <source>Results (Ctrl+R)</source>
        <translation>النتائج (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Workshop view</source>
        <translation>عرض &amp;ورشة العمل</translation>
    </message>
    <message>
        <source>Compare groups in the workshop view</source>
        <translation>مقارنة المجموعات في عرض ورشة العمل</translation>
    </message>
    <message>
        <source>Workshop view (Ctrl+Shift+W)</source>
        <translation>عرض ورشة العمل (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Answer a checklist for an institution, offline. Answers are saved as you type; close at any time and continue where you left off.</source>
        <translation>أجب عن قائمة تحقق لمؤسسة دون اتصال بالإنترنت. تُحفظ الإجابات أثناء الكتابة؛ يمكنك الإغلاق في أي وقت والمتابعة من حيث توقفت.</translation>
    </message>
    <message>
        <source>Where you left off</source>
        <translation>من حيث توقفت</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>م&amp;تابعة</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>المتابعة من حيث توقفت</translation>
    </message>
    <message>
        <source>Filter the assessments</source>
        <translation>تصفية التقييمات</translation>
    </message>
    <message>
        <source>Filter by institution, country or checklist</source>
        <translation>التصفية حسب المؤسسة أو البلد أو قائمة التحقق</translation>
    </message>
    <message>
        <source>All assessments</source>
        <translation>جميع التقييمات</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>&lt;b&gt;Continue where you left off:&lt;/b&gt; %1 — %2, %3, last changed %4.</source>
        <translation>&lt;b&gt;المتابعة من حيث توقفت:&lt;/b&gt; %1 — %2، %3، آخر تغيير %4.</translation>
    </message>
</context>
<context>
    <name>AssessmentModels</name>
    <message>
        <source>%1 — fails validation, cannot be started</source>
        <translation>%1 — لم تجتز التحقق من الصحة، ولا يمكن بدؤها</translation>
    </message>
    <message>
        <source>%1 (version %2, %3 questions)</source>
        <translation>%1 (الإصدار %2، عدد الأسئلة: %3)</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>جزئي</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>مُنجَز</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>%1 · revision %2</source>
        <translation>%1 · النسخة %2</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>لا توجد درجة</translation>
    </message>
    <message>
        <source>Insufficient coverage</source>
        <translation>نسبة تغطية غير كافية</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>غير مشمول</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>لم يُقيَّم</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1% (%2 من %3)</translation>
    </message>
    <message>
        <source>below the minimum coverage of %1 %: %2</source>
        <translation>أقل من الحد الأدنى لنسبة التغطية البالغ %1%: %2</translation>
    </message>
    <message>
        <source>every question marked not applicable: %1</source>
        <translation>جميع الأسئلة معلَّمة بأنها لا تنطبق: %1</translation>
    </message>
    <message>
        <source>This checklist has no questions.</source>
        <translation>لا تتضمن قائمة التحقق هذه أي أسئلة.</translation>
    </message>
    <message>
        <source>Not computed: the overall index needs a score in every component; %1.</source>
        <translation>لم يُحسب: يتطلب المؤشر العام درجة في كل مكوِّن؛ %1.</translation>
    </message>
    <message>
        <source>Only %1 of %2 questions are answered or closed (%3 %); a score is shown from %4 % on. Answer more of its questions.</source>
        <translation>لم يُجب إلا عن %1 من %2 من الأسئلة أو أُغلقت (%3%)؛ تُعرض الدرجة ابتداءً من %4%. أجب عن مزيد من أسئلته.</translation>
    </message>
    <message>
        <source>Every question here is marked not applicable, so it has no score.</source>
        <translation>جميع الأسئلة هنا معلَّمة بأنها لا تنطبق، لذا لا توجد له درجة.</translation>
    </message>
    <message>
        <source>This checklist has no question here.</source>
        <translation>لا تتضمن قائمة التحقق هذه أي سؤال هنا.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>دون إجابة</translation>
    </message>
    <message>
        <source>%1 (level %2 of %3)</source>
        <translation>%1 (المستوى %2 من %3)</translation>
    </message>
    <message>
        <source>Level %1 of 4</source>
        <translation>المستوى %1 من 4</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>جزئيًا</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>الجزء</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>نسبة التغطية</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>الدرجة (من 0 إلى 100)</translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <translation>الأسئلة: %1</translation>
    </message>
    <message>
        <source>Results by framework</source>
        <translation>النتائج حسب الإطار</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>الأطر</translation>
    </message>
    <message>
        <source>The same answers read against other frameworks. Each part counts the questions mapped to it, with the same rules as a component: a score is shown only from the checklist&apos;s minimum coverage on.</source>
        <translation>الإجابات نفسها مقروءةً وفق أُطر أخرى. يحتسب كل جزء الأسئلة المقترنة به، بالقواعد نفسها المطبقة على المكوِّن: لا تُعرض الدرجة إلا ابتداءً من الحد الأدنى لنسبة التغطية في قائمة التحقق.</translation>
    </message>
    <message>
        <source>This checklist maps its questions to no other framework.</source>
        <translation>لا تقرن قائمة التحقق هذه أسئلتها بأي إطار آخر.</translation>
    </message>
    <message>
        <source>Not queued yet</source>
        <translation>ليس في قائمة الانتظار بعد</translation>
    </message>
    <message>
        <source>Delivered · receipt %1</source>
        <translation>تم التسليم · إيصال الاستلام %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Queued (tried %1×)</source>
        <translation>في قائمة الانتظار (عدد المحاولات: %1)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>في قائمة الانتظار</translation>
    </message>
    <message>
        <source>Revision %1: %2</source>
        <translation>النسخة %1: %2</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>المُقيِّمون</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Sent to hub</source>
        <translation>أُرسل إلى الخادم المركزي</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>المُجاب عنها</translation>
    </message>
    <message>
        <source>Overall index</source>
        <translation>المؤشر العام</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <source>%1 · %2 covered</source>
        <translation>%1 · نسبة التغطية %2</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>آخر محاولة: %1</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>سُلِّم في %1</translation>
    </message>
    <message>
        <source>no assessors named</source>
        <translation>لم يُذكر أي مُقيِّم</translation>
    </message>
    <message>
        <source>%1 — %2; assessors: %3</source>
        <translation>%1 — %2؛ المُقيِّمون: %3</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (جديد)</translation>
    </message>
    <message>
        <source> (changed: answer again)</source>
        <translation> (تغيّر: أجب مجددًا)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 answered</source>
        <translation>%1: أُجيب عن %2 من %3</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>المكوِّن</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>لم يُحسب</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>سابقًا</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيّر</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>المجموعة %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (مسودة)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>المدى</translation>
    </message>
    <message>
        <source>Spread (SD)</source>
        <translation>التشتت (الانحراف المعياري)</translation>
    </message>
    <message>
        <source>Coverage %1</source>
        <translation>نسبة التغطية %1</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>التشتت</translation>
    </message>
</context>
<context>
    <name>AssessmentsPanel</name>
    <message>
        <source>Self-assessments</source>
        <translation>التقييمات الذاتية</translation>
    </message>
    <message>
        <source>Accord&apos;s data folder cannot be written, so assessments can be read but not changed. Answers you type are kept in the form and saved as soon as the folder can be written again.</source>
        <translation>لا يمكن الكتابة في مجلد بيانات Accord، لذا يمكن قراءة التقييمات دون تغييرها. تبقى الإجابات التي تكتبها في النموذج وتُحفظ فور إمكان الكتابة في المجلد مجددًا.</translation>
    </message>
    <message>
        <source>The assessments could not be opened: %1</source>
        <translation>تعذّر فتح التقييمات: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>The assessments could not be listed: %1</source>
        <translation>تعذّر سرد التقييمات: %1</translation>
    </message>
    <message>
        <source>The library is still loading.</source>
        <translation>لا يزال تحميل المكتبة جاريًا.</translation>
    </message>
    <message>
        <source>The draft cannot be moved: %1</source>
        <translation>لا يمكن نقل المسودة: %1</translation>
    </message>
    <message>
        <source>The draft could not be moved: %1</source>
        <translation>تعذّر نقل المسودة: %1</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>الإجابات غير محفوظة</translation>
    </message>
    <message>
        <source>Some answers you typed are not saved yet: %1</source>
        <translation>بعض الإجابات التي كتبتها لم تُحفظ بعد: %1</translation>
    </message>
    <message>
        <source>Keep Accord open and save them once the cause is fixed, or quit and lose them.</source>
        <translation>أبقِ Accord مفتوحًا واحفظها بعد إصلاح السبب، أو أنهِ البرنامج وستفقدها.</translation>
    </message>
    <message>
        <source>&amp;Keep Accord open</source>
        <translation>إ&amp;بقاء Accord مفتوحًا</translation>
    </message>
    <message>
        <source>&amp;Quit without saving</source>
        <translation>إ&amp;نهاء دون حفظ</translation>
    </message>
</context>
<context>
    <name>CompareWidget</name>
    <message>
        <source>Comparison with an earlier assessment</source>
        <translation>مقارنة بتقييم سابق</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>مقارنة &amp;مع:</translation>
    </message>
    <message>
        <source>Earlier assessment to compare with</source>
        <translation>التقييم السابق للمقارنة معه</translation>
    </message>
    <message>
        <source>There is no earlier assessment of this institution to compare with. Start one next year with the same institution name and country to see the change.</source>
        <translation>لا يوجد تقييم سابق لهذه المؤسسة للمقارنة معه. ابدأ تقييمًا في العام المقبل باسم المؤسسة والبلد نفسيهما لرؤية التغيّر.</translation>
    </message>
    <message>
        <source>Change per component</source>
        <translation>التغيّر حسب المكوِّن</translation>
    </message>
    <message>
        <source>Chart: now and earlier</source>
        <translation>المخطط: الآن وسابقًا</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>لا مقارنة</translation>
    </message>
    <message>
        <source>%1 — started %2, %3</source>
        <translation>%1 — بدأ في %2، %3</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>فشلت المقارنة: %1</translation>
    </message>
    <message>
        <source>Earlier (%1)</source>
        <translation>سابقًا (%1)</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>سابقًا</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Mark the assessment complete</source>
        <translation>وضع علامة «مُنجَز» على التقييم</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>ما الذي ينقص</translation>
    </message>
    <message>
        <source>Why is it partial? The reason goes with the assessment to the coordinating body, which keeps partial assessments out of the national index.</source>
        <translation>لماذا هو جزئي؟ يُرسَل السبب مع التقييم إلى الجهة المنسِّقة، التي تستبعد التقييمات الجزئية من المؤشر الوطني.</translation>
    </message>
    <message>
        <source>Reason for submitting as partial</source>
        <translation>سبب الإرسال بوصفه جزئيًا</translation>
    </message>
    <message>
        <source>For example: the data protection office did not take part.</source>
        <translation>مثال: لم يشارك مكتب حماية البيانات.</translation>
    </message>
    <message>
        <source>These questions are marked not applicable without a reason. Write in each one&apos;s note why it does not apply, or answer it, before completing.</source>
        <translation>هذه الأسئلة معلَّمة بأنها لا تنطبق دون ذكر سبب. اكتب في ملاحظة كل منها سبب عدم انطباقه، أو أجب عنه، قبل الإنجاز.</translation>
    </message>
    <message>
        <source>This assessment cannot be marked complete: every component needs at least %1 % of its questions answered to have a score, and these do not. Answer more of their questions, or submit the assessment as partial, with a reason.</source>
        <translation>لا يمكن وضع علامة «مُنجَز» على هذا التقييم: يحتاج كل مكوِّن إلى الإجابة عن %1% على الأقل من أسئلته لتكون له درجة، وهذه المكوِّنات لا تستوفي ذلك. أجب عن مزيد من أسئلتها، أو أرسل التقييم بوصفه جزئيًا مع ذكر السبب.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) shown to you have no answer yet. They are listed below; an unanswered question does not count in the scores. Every component has enough answers for a score.</source>
        <translation>
            <numerusform>لا يوجد سؤال معروض عليك دون إجابة؛ والسؤال الذي لا إجابة له لا يُحتسب في الدرجات. لكل مكوِّن إجابات كافية لحساب درجة.</numerusform>
            <numerusform>سؤال واحد معروض عليك لا إجابة له بعد، وهو مدرج أدناه؛ والسؤال الذي لا إجابة له لا يُحتسب في الدرجات. لكل مكوِّن إجابات كافية لحساب درجة.</numerusform>
            <numerusform>سؤالان معروضان عليك لا إجابة لهما بعد، وهما مدرجان أدناه؛ والسؤال الذي لا إجابة له لا يُحتسب في الدرجات. لكل مكوِّن إجابات كافية لحساب درجة.</numerusform>
            <numerusform>%n أسئلة معروضة عليك لا إجابة لها بعد، وهي مدرجة أدناه؛ والسؤال الذي لا إجابة له لا يُحتسب في الدرجات. لكل مكوِّن إجابات كافية لحساب درجة.</numerusform>
            <numerusform>%n سؤالًا معروضًا عليك لا إجابة لها بعد، وهي مدرجة أدناه؛ والسؤال الذي لا إجابة له لا يُحتسب في الدرجات. لكل مكوِّن إجابات كافية لحساب درجة.</numerusform>
            <numerusform>%n سؤال معروض عليك لا إجابة لها بعد، وهي مدرجة أدناه؛ والسؤال الذي لا إجابة له لا يُحتسب في الدرجات. لكل مكوِّن إجابات كافية لحساب درجة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every question has an answer. Mark the assessment complete? You can still change answers later: a change starts a new revision, and this one is kept.</source>
        <translation>لكل سؤال إجابة. هل تريد وضع علامة «مُنجَز» على التقييم؟ لا يزال بإمكانك تغيير الإجابات لاحقًا: أي تغيير يبدأ نسخة جديدة، ويُحتفظ بهذه النسخة.</translation>
    </message>
    <message>
        <source>%1: coverage %2</source>
        <translation>%1: نسبة التغطية %2</translation>
    </message>
    <message>
        <source>%1: every question marked not applicable</source>
        <translation>%1: جميع الأسئلة معلَّمة بأنها لا تنطبق</translation>
    </message>
    <message>
        <source>Questions still unanswered:</source>
        <translation>أسئلة لا تزال دون إجابة:</translation>
    </message>
    <message>
        <source>Go to the first one</source>
        <translation>الانتقال إلى أولها</translation>
    </message>
    <message>
        <source>Go to the first unanswered</source>
        <translation>الانتقال إلى أول سؤال دون إجابة</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>وضع علامة «مُنجَز»</translation>
    </message>
    <message>
        <source>Submit as partial…</source>
        <translation>إرسال بوصفه جزئيًا…</translation>
    </message>
    <message>
        <source>Submit as partial</source>
        <translation>إرسال بوصفه جزئيًا</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Connect to the hub</source>
        <translation>الاتصال بالخادم المركزي</translation>
    </message>
    <message>
        <source>Ask the hub&apos;s operator for its address and a one-time code. This computer then sends each completed assessment to that hub, signed with its own key and sealed so only the hub can read it.</source>
        <translation>اطلب من مشغّل الخادم المركزي عنوانه ورمزًا يُستخدم مرة واحدة. بعد ذلك يرسل هذا الحاسوب كل تقييم مُنجَز إلى ذلك الخادم، موقَّعًا بمفتاحه الخاص ومختومًا بحيث لا يقرؤه إلا الخادم المركزي.</translation>
    </message>
    <message>
        <source>Connected now to %1. Connecting again replaces that hub; assessments waiting to be sent are sealed for the new one.</source>
        <translation>متصل الآن بـ %1. الاتصال مجددًا يستبدل هذا الخادم المركزي؛ وتُختم التقييمات المنتظرة للإرسال للخادم الجديد.</translation>
    </message>
    <message>
        <source>a hub (USB transfer only)</source>
        <translation>خادم مركزي (النقل عبر USB فقط)</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>عنوان الخادم المركزي</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>رمز يُستخدم مرة واحدة</translation>
    </message>
    <message>
        <source>Name of this computer on the hub</source>
        <translation>اسم هذا الحاسوب لدى الخادم المركزي</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;عنوان الخادم المركزي:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>&amp;رمز يُستخدم مرة واحدة:</translation>
    </message>
    <message>
        <source>&amp;Name of this computer:</source>
        <translation>ا&amp;سم هذا الحاسوب:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>ا&amp;ختبار الاتصال</translation>
    </message>
    <message>
        <source>Test the connection to the hub</source>
        <translation>اختبار الاتصال بالخادم المركزي</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>ا&amp;تصال</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>جارٍ اختبار الاتصال…</translation>
    </message>
    <message>
        <source>The hub answered (%1). Enter the one-time code and connect.</source>
        <translation>استجاب الخادم المركزي (%1). أدخل الرمز الذي يُستخدم مرة واحدة واتصل.</translation>
    </message>
    <message>
        <source>Enter the one-time code from the hub&apos;s operator.</source>
        <translation>أدخل الرمز الذي يُستخدم مرة واحدة من مشغّل الخادم المركزي.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Connected to the hub %1 (key %2).</source>
        <translation>تم الاتصال بالخادم المركزي %1 (المفتاح %2).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Accord cannot open its data folder. Check that the folder exists and that you may write in it, or choose another data folder.</source>
        <translation>يتعذّر على Accord فتح مجلد بياناته. تحقق من وجود المجلد ومن أن لديك إذن الكتابة فيه، أو اختر مجلد بيانات آخر.</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of Accord. Install that version to open it; nothing was changed.</source>
        <translation>حُفظت بياناتك بإصدار أحدث من Accord. ثبّت ذلك الإصدار لفتحها؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Accord&apos;s database is damaged. Restore the latest backup or start with an empty database; the damaged file is kept.</source>
        <translation>قاعدة بيانات Accord تالفة. استعِد أحدث نسخة احتياطية أو ابدأ بقاعدة بيانات فارغة؛ يُحتفظ بالملف التالف.</translation>
    </message>
    <message>
        <source>This document is not in the library. Search the library for it by its title.</source>
        <translation>هذه الوثيقة غير موجودة في المكتبة. ابحث عنها في المكتبة بعنوانها.</translation>
    </message>
    <message>
        <source>This assessment is no longer in your data. Choose another one in the list.</source>
        <translation>لم يعد هذا التقييم موجودًا في بياناتك. اختر تقييمًا آخر من القائمة.</translation>
    </message>
    <message>
        <source>Too few questions are answered to mark the assessment complete. Answer more questions, or submit it as partial with a reason.</source>
        <translation>عدد الأسئلة المُجاب عنها قليل جدًا لوضع علامة «مُنجَز» على التقييم. أجب عن مزيد من الأسئلة، أو أرسله بوصفه جزئيًا مع ذكر السبب.</translation>
    </message>
    <message>
        <source>“Not applicable” needs a reason. Write why the question does not apply.</source>
        <translation>يتطلب «لا ينطبق» ذكر سبب. اكتب سبب عدم انطباق السؤال.</translation>
    </message>
    <message>
        <source>Some questions are marked “Not applicable” without a reason. Write a reason for each of them.</source>
        <translation>بعض الأسئلة معلَّمة بـ «لا ينطبق» دون ذكر سبب. اكتب سببًا لكل منها.</translation>
    </message>
    <message>
        <source>The PDF report cannot be made on this computer: Qt&apos;s PDF writer is missing.</source>
        <translation>لا يمكن إنشاء تقرير PDF على هذا الحاسوب: أداة كتابة PDF في Qt غير موجودة.</translation>
    </message>
    <message>
        <source>Another content pack is being installed. Wait until it is done.</source>
        <translation>يجري تثبيت حزمة محتوى أخرى. انتظر حتى تنتهي.</translation>
    </message>
    <message>
        <source>The pack&apos;s signature does not match its contents: it was changed after it was signed. Ask the publisher for a new copy.</source>
        <translation>توقيع الحزمة لا يطابق محتوياتها: لقد غُيِّرت بعد توقيعها. اطلب نسخة جديدة من الجهة الناشرة.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Check the network and the hub&apos;s address; your assessments stay queued.</source>
        <translation>يتعذّر الوصول إلى الخادم المركزي. تحقق من الشبكة ومن عنوان الخادم المركزي؛ تبقى تقييماتك في قائمة الانتظار.</translation>
    </message>
    <message>
        <source>This computer is not connected to a hub yet. Connect it to the hub first.</source>
        <translation>هذا الحاسوب غير متصل بخادم مركزي بعد. اتصل بالخادم المركزي أولًا.</translation>
    </message>
    <message>
        <source>Details (in English): %1</source>
        <translation>التفاصيل (بالإنجليزية): %1</translation>
    </message>
</context>
<context>
    <name>FacetsModel</name>
    <message numerus="yes">
        <source>%1: %n result(s)</source>
        <translation>
            <numerusform>%1: لا توجد نتائج</numerusform>
            <numerusform>%1: نتيجة واحدة</numerusform>
            <numerusform>%1: نتيجتان</numerusform>
            <numerusform>%1: %n نتائج</numerusform>
            <numerusform>%1: %n نتيجة</numerusform>
            <numerusform>%1: %n نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n result(s)</source>
        <translation>
            <numerusform>%1، لا توجد نتائج</numerusform>
            <numerusform>%1، نتيجة واحدة</numerusform>
            <numerusform>%1، نتيجتان</numerusform>
            <numerusform>%1، %n نتائج</numerusform>
            <numerusform>%1، %n نتيجة</numerusform>
            <numerusform>%1، %n نتيجة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in page</source>
        <translation>البحث في الصفحة</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <source>Text in this document</source>
        <translation>نص في هذه الوثيقة</translation>
    </message>
    <message>
        <source>Text to find in this document</source>
        <translation>النص المطلوب البحث عنه في هذه الوثيقة</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>التطابق السابق</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>التطابق السابق (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>التطابق التالي</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>التطابق التالي (Enter)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>مطابقة حالة الأحرف</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>نتيجة البحث</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>إغلاق شريط البحث</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>لا توجد تطابقات</translation>
    </message>
    <message numerus="yes">
        <source>Matches: %n</source>
        <translation>
            <numerusform>التطابقات: لا يوجد</numerusform>
            <numerusform>التطابقات: تطابق واحد</numerusform>
            <numerusform>التطابقات: تطابقان</numerusform>
            <numerusform>التطابقات: %n تطابقات</numerusform>
            <numerusform>التطابقات: %n تطابقًا</numerusform>
            <numerusform>التطابقات: %n تطابق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 %</source>
        <comment>a percentage; %1 is the number, write the sign as your language does</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a date, then a time of day</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>a duration in seconds</comment>
        <translation>%1 ث</translation>
    </message>
</context>
<context>
    <name>GuidanceView</name>
    <message>
        <source>Open a web page?</source>
        <translation>هل تريد فتح صفحة ويب؟</translation>
    </message>
    <message>
        <source>This link leaves Accord and opens in your web browser:
%1</source>
        <translation>هذا الرابط يغادر Accord ويُفتح في متصفح الويب:
%1</translation>
    </message>
</context>
<context>
    <name>IndexController</name>
    <message numerus="yes">
        <source>Search is ready: %n document(s) indexed in %1.</source>
        <translation>
            <numerusform>البحث جاهز: لم تُفهرس أي وثيقة في %1.</numerusform>
            <numerusform>البحث جاهز: فُهرست وثيقة واحدة في %1.</numerusform>
            <numerusform>البحث جاهز: فُهرست وثيقتان في %1.</numerusform>
            <numerusform>البحث جاهز: فُهرست %n وثائق في %1.</numerusform>
            <numerusform>البحث جاهز: فُهرست %n وثيقة في %1.</numerusform>
            <numerusform>البحث جاهز: فُهرست %n وثيقة في %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Standard</source>
        <translation>معيار</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>دليل إجرائي</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>الأدلة الإجرائية</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>قائمة تحقق</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>قوائم التحقق</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>دليل إرشادي</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>الأدلة الإرشادية</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>مسرد المصطلحات</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>وثيقة مرجعية</translation>
    </message>
    <message>
        <source>Ethical AI practices</source>
        <translation>الممارسات الأخلاقية في مجال الذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>Robustness and security</source>
        <translation>المتانة والأمن</translation>
    </message>
    <message>
        <source>Governance and regulatory compliance</source>
        <translation>الحوكمة والامتثال التنظيمي</translation>
    </message>
    <message>
        <source>Transparency and explainability</source>
        <translation>الشفافية وقابلية التفسير</translation>
    </message>
    <message>
        <source>Human–AI collaboration</source>
        <translation>التعاون بين الإنسان والذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>Societal and environmental impact</source>
        <translation>الأثر المجتمعي والبيئي</translation>
    </message>
    <message>
        <source>Regulators</source>
        <translation>الجهات التنظيمية</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>المدرِّبون</translation>
    </message>
    <message>
        <source>Officials</source>
        <translation>المسؤولون الحكوميون</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Safety Index component</source>
        <translation>مكوِّن مؤشر السلامة</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>الفئة المستهدفة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>حزمة المحتوى</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language of the assessment</source>
        <translation>لغة التقييم</translation>
    </message>
    <message>
        <source>The language of the questions, the guidance and the PDF report. Answers count the same in every language, so results can be compared.</source>
        <translation>لغة الأسئلة والإرشادات وتقرير PDF. تُحتسب الإجابات بالطريقة نفسها في كل اللغات، لذا يمكن مقارنة النتائج.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>الإعداد الافتراضي للنظام</translation>
    </message>
    <message>
        <source>Use the language of this computer&apos;s settings</source>
        <translation>استخدام لغة إعدادات هذا الحاسوب</translation>
    </message>
    <message>
        <source>Show Accord in %1</source>
        <translation>عرض Accord باللغة %1</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>حسب النوع</translation>
    </message>
    <message>
        <source>By Safety Index component</source>
        <translation>حسب مكوِّن مؤشر السلامة</translation>
    </message>
    <message>
        <source>No component</source>
        <translation>دون مكوِّن</translation>
    </message>
    <message numerus="yes">
        <source>%1, documents: %n</source>
        <translation>
            <numerusform>%1، لا توجد وثائق</numerusform>
            <numerusform>%1، وثيقة واحدة</numerusform>
            <numerusform>%1، وثيقتان</numerusform>
            <numerusform>%1، %n وثائق</numerusform>
            <numerusform>%1، %n وثيقة</numerusform>
            <numerusform>%1، %n وثيقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveSearch</name>
    <message>
        <source>Search failed: %1</source>
        <translation>فشل البحث: %1</translation>
    </message>
    <message>
        <source>Type to search the library.</source>
        <translation>اكتب للبحث في المكتبة.</translation>
    </message>
    <message>
        <source>The search index is being prepared; results will appear here.</source>
        <translation>يجري إعداد فهرس البحث؛ ستظهر النتائج هنا.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Search the Library</source>
        <translation>البحث في ال&amp;مكتبة</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Find in the document when it has the focus; otherwise search the library</source>
        <translation>البحث في الوثيقة عندما يكون التركيز عليها؛ وإلا فالبحث في المكتبة</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>البحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>البحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>رجوع (Alt+السهم الأيسر)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>ت&amp;قدّم</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>تقدّم (Alt+السهم الأيمن)</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>صفحة ال&amp;بداية</translation>
    </message>
    <message>
        <source>Start page (Alt+Home)</source>
        <translation>صفحة البداية (Alt+Home)</translation>
    </message>
    <message>
        <source>&amp;Bookmark This Document</source>
        <translation>إضافة إشارة &amp;مرجعية لهذه الوثيقة</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+Plus)</source>
        <translation>نص أكبر (Ctrl+زائد)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+Minus)</source>
        <translation>نص أصغر (Ctrl+ناقص)</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>الحجم ال&amp;عادي</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>طباعة (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>&amp;حفظ بتنسيق PDF…</translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+Shift+S)</source>
        <translation>حفظ بتنسيق PDF (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Close Document</source>
        <translation>إغلاق ال&amp;وثيقة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>ال&amp;مكتبة</translation>
    </message>
    <message>
        <source>B&amp;ookmarks</source>
        <translation>الإ&amp;شارات المرجعية</translation>
    </message>
    <message>
        <source>&amp;Recent Documents</source>
        <translation>الوثائق ال&amp;حديثة</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>ال&amp;وثيقة</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>المش&amp;كلات</translation>
    </message>
    <message>
        <source>&amp;Reload Library and Index</source>
        <translation>إ&amp;عادة تحميل المكتبة والفهرس</translation>
    </message>
    <message>
        <source>&amp;Cancel Indexing</source>
        <translation>إلغاء ال&amp;فهرسة</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات لوحة ال&amp;مفاتيح</translation>
    </message>
    <message>
        <source>&amp;About Accord</source>
        <translation>&amp;حول Accord</translation>
    </message>
    <message>
        <source>&amp;Install Content Pack…</source>
        <translation>&amp;تثبيت حزمة محتوى…</translation>
    </message>
    <message>
        <source>Install a content pack (.accordpack) from a file or USB stick (Ctrl+O)</source>
        <translation>تثبيت حزمة محتوى (.accordpack) من ملف أو من ذاكرة USB (Ctrl+O)</translation>
    </message>
    <message>
        <source>Content &amp;Packs…</source>
        <translation>حزم ال&amp;محتوى…</translation>
    </message>
    <message>
        <source>Installed content packs: roll back, remove, export, trusted keys</source>
        <translation>حزم المحتوى المثبتة: الرجوع إلى الإصدار السابق، الإزالة، التصدير، المفاتيح الموثوقة</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;مزامنة الآن</translation>
    </message>
    <message>
        <source>Send completed assessments to the hub now (F9)</source>
        <translation>إرسال التقييمات المُنجَزة إلى الخادم المركزي الآن (F9)</translation>
    </message>
    <message>
        <source>&amp;Connect to the Hub…</source>
        <translation>&amp;الاتصال بالخادم المركزي…</translation>
    </message>
    <message>
        <source>&amp;Network and Proxy…</source>
        <translation>ال&amp;شبكة والخادم الوكيل…</translation>
    </message>
    <message>
        <source>&amp;Export for USB Transfer…</source>
        <translation>&amp;تصدير للنقل عبر USB…</translation>
    </message>
    <message>
        <source>Write every assessment not yet delivered to one file for a USB stick</source>
        <translation>كتابة كل تقييم لم يُسلَّم بعد في ملف واحد لذاكرة USB</translation>
    </message>
    <message>
        <source>&amp;Import Receipts…</source>
        <translation>ا&amp;ستيراد إيصالات الاستلام…</translation>
    </message>
    <message>
        <source>Mark assessments delivered from the hub&apos;s receipts file</source>
        <translation>وضع علامة «مُسلَّم» على التقييمات استنادًا إلى ملف إيصالات الاستلام من الخادم المركزي</translation>
    </message>
    <message>
        <source>&amp;New Assessment…</source>
        <translation>تقييم &amp;جديد…</translation>
    </message>
    <message>
        <source>Start a self-assessment of an institution (Ctrl+N)</source>
        <translation>بدء تقييم ذاتي لمؤسسة (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>ال&amp;نتائج</translation>
    </message>
    <message>
        <source>The results of the assessment open or selected (Ctrl+R)</source>
        <translation>نتائج التقييم المفتوح أو المحدد (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Workshop View</source>
        <translation>عرض &amp;ورشة العمل</translation>
    </message>
    <message>
        <source>Compare the groups of a workshop side by side (Ctrl+Shift+W)</source>
        <translation>مقارنة مجموعات ورشة العمل جنبًا إلى جنب (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>&amp;Present the Workshop</source>
        <translation>ال&amp;عرض التقديمي لورشة العمل</translation>
    </message>
    <message>
        <source>Full screen, large type for a projector; Esc leaves (F11)</source>
        <translation>ملء الشاشة بخط كبير لجهاز العرض؛ يُنهيه Esc (F11)</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>فتح مجلد ال&amp;سجلات</translation>
    </message>
    <message>
        <source>Show the folder with Accord&apos;s log files</source>
        <translation>عرض المجلد الذي يضم ملفات سجلات Accord</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>إ&amp;شارات مرجعية</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>م&amp;زامنة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <source>Navigation toolbar</source>
        <translation>شريط أدوات التنقل</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Library and bookmarks</source>
        <translation>المكتبة والإشارات المرجعية</translation>
    </message>
    <message>
        <source>Sidebar tabs</source>
        <translation>علامات تبويب الشريط الجانبي</translation>
    </message>
    <message>
        <source>Library: documents by type and by component</source>
        <translation>المكتبة: الوثائق حسب النوع وحسب المكوِّن</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>الإشارات المرجعية</translation>
    </message>
    <message>
        <source>Recent documents</source>
        <translation>الوثائق الحديثة</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>الحديثة</translation>
    </message>
    <message>
        <source>About Accord</source>
        <translation>حول Accord</translation>
    </message>
    <message>
        <source>Accord %1 — the offline AI-governance library.
Library: %2
Data: %3</source>
        <translation>Accord %1 — مكتبة حوكمة الذكاء الاصطناعي دون اتصال بالإنترنت.
المكتبة: %2
البيانات: %3</translation>
    </message>
    <message>
        <source>Accord&apos;s log files are in %1</source>
        <translation>ملفات سجلات Accord موجودة في %1</translation>
    </message>
    <message>
        <source>Preparing the search index…</source>
        <translation>جارٍ إعداد فهرس البحث…</translation>
    </message>
    <message>
        <source>Search is ready.</source>
        <translation>البحث جاهز.</translation>
    </message>
    <message>
        <source>Search is unavailable: %1</source>
        <translation>البحث غير متاح: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Indexing was cancelled.</source>
        <translation>أُلغيت الفهرسة.</translation>
    </message>
    <message>
        <source>Indexing was cancelled, so search is not available yet.</source>
        <translation>أُلغيت الفهرسة، لذا البحث غير متاح بعد.</translation>
    </message>
    <message>
        <source>Index now</source>
        <translation>الفهرسة الآن</translation>
    </message>
    <message>
        <source>%1 could not be loaded, so it cannot be shown; fix the problem listed.</source>
        <translation>تعذّر تحميل %1، لذا لا يمكن عرضه؛ أصلح المشكلة المدرجة.</translation>
    </message>
    <message>
        <source>%1 — Accord</source>
        <translation>%1 — Accord</translation>
    </message>
    <message>
        <source>Search: %1 — Accord</source>
        <translation>بحث: %1 — Accord</translation>
    </message>
    <message>
        <source>Accord</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Drop one pack or one folder at a time; installing %1.</source>
        <translation>أفلِت حزمة واحدة أو مجلدًا واحدًا في كل مرة؛ جارٍ تثبيت %1.</translation>
    </message>
    <message>
        <source>Keep my data on this computer</source>
        <translation>الاحتفاظ ببياناتي على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Keep my data on the stick</source>
        <translation>الاحتفاظ ببياناتي على ذاكرة USB</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>طباعة %1</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>أُرسل إلى الطابعة.</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>فشلت الطباعة: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بتنسيق PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>جارٍ حفظ %1…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>حُفظ %1.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>تعذّر حفظ ملف PDF: %1</translation>
    </message>
    <message>
        <source>Bookmarks are not available: the database is not open.</source>
        <translation>الإشارات المرجعية غير متاحة: قاعدة البيانات غير مفتوحة.</translation>
    </message>
    <message>
        <source>Bookmarked.</source>
        <translation>أُضيفت الإشارة المرجعية.</translation>
    </message>
    <message>
        <source>Bookmark removed.</source>
        <translation>أُزيلت الإشارة المرجعية.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>استعادة أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>البدء بقاعدة بيانات فارغة</translation>
    </message>
    <message>
        <source>Until then, bookmarks and recent documents are not saved.</source>
        <translation>إلى ذلك الحين، لن تُحفظ الإشارات المرجعية والوثائق الحديثة.</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>جارٍ تحميل المكتبة…</translation>
    </message>
    <message>
        <source>The library could not be loaded: %1</source>
        <translation>تعذّر تحميل المكتبة: %1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>الوثائق: %1</translation>
    </message>
    <message>
        <source>Library loaded.</source>
        <translation>حُمِّلت المكتبة.</translation>
    </message>
    <message>
        <source>Assessments are not available: %1</source>
        <translation>التقييمات غير متاحة: %1</translation>
    </message>
    <message>
        <source>&amp;Assessments</source>
        <translation>ال&amp;تقييمات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Number of documents</source>
        <translation>عدد الوثائق</translation>
    </message>
    <message>
        <source>Search index progress</source>
        <translation>تقدّم فهرسة البحث</translation>
    </message>
    <message>
        <source>Indexing %v of %m</source>
        <translation>جارٍ فهرسة %v من %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation>إلغاء الفهرسة</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>عرض المشكلات</translation>
    </message>
    <message>
        <source>⚠ Problems: %1</source>
        <translation>⚠ المشكلات: %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>التحذيرات: %1</translation>
    </message>
    <message>
        <source>The assessments are still loading.</source>
        <translation>لا يزال تحميل التقييمات جاريًا.</translation>
    </message>
</context>
<context>
    <name>MigrationDialog</name>
    <message>
        <source>Move to checklist version %1</source>
        <translation>النقل إلى الإصدار %1 من قائمة التحقق</translation>
    </message>
    <message>
        <source>Moving this draft from version %1 to version %2 carries %3 answers over by question. Nothing is deleted: the history keeps every earlier value.</source>
        <translation>نقل هذه المسودة من الإصدار %1 إلى الإصدار %2 ينقل %3 من الإجابات سؤالًا بسؤال. لا يُحذف شيء: يحتفظ السجل بكل قيمة سابقة.</translation>
    </message>
    <message>
        <source>Questions removed in version %1 (answers kept and listed, no longer scored)</source>
        <translation>أسئلة أُزيلت في الإصدار %1 (يُحتفظ بإجاباتها وتُدرج، ولم تعد تُحتسب في الدرجات)</translation>
    </message>
    <message>
        <source>Answers the new scale does not accept (value cleared, note kept)</source>
        <translation>إجابات لا يقبلها المقياس الجديد (مُسحت القيمة، واحتُفظ بالملاحظة)</translation>
    </message>
    <message>
        <source>Questions changed under the same id (value cleared to answer again, note kept)</source>
        <translation>أسئلة تغيّرت مع بقاء المعرّف نفسه (مُسحت القيمة للإجابة مجددًا، واحتُفظ بالملاحظة)</translation>
    </message>
    <message>
        <source>New questions (flagged “new” in the runner)</source>
        <translation>أسئلة جديدة (موسومة بـ «جديد» في شاشة الأسئلة)</translation>
    </message>
    <message>
        <source>&amp;Move to version %1</source>
        <translation>ال&amp;نقل إلى الإصدار %1</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;ليس الآن</translation>
    </message>
    <message>
        <source>Keep the current version</source>
        <translation>الإبقاء على الإصدار الحالي</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
</context>
<context>
    <name>NaReasonDialog</name>
    <message>
        <source>Not applicable: %1</source>
        <translation>لا ينطبق: %1</translation>
    </message>
    <message>
        <source>Why does this question not apply to this institution? The reason is saved as the question&apos;s note and shown in the report. A weak answer is not a reason: answer it instead. Enter saves; Shift+Enter starts a new line.</source>
        <translation>لماذا لا ينطبق هذا السؤال على هذه المؤسسة؟ يُحفظ السبب بوصفه ملاحظة السؤال ويُعرض في التقرير. الإجابة الضعيفة ليست سببًا: أجب عن السؤال بدلًا من ذلك. يحفظ Enter؛ ويبدأ Shift+Enter سطرًا جديدًا.</translation>
    </message>
    <message>
        <source>Reason it does not apply</source>
        <translation>سبب عدم الانطباق</translation>
    </message>
    <message>
        <source>Mark not applicable</source>
        <translation>وضع علامة «لا ينطبق»</translation>
    </message>
</context>
<context>
    <name>NameGroupsDialog</name>
    <message>
        <source>Name the groups</source>
        <translation>تسمية المجموعات</translation>
    </message>
    <message>
        <source>Give each group a name the room will recognise, such as its table or its team. The names are shown in the workshop view and when presenting.</source>
        <translation>أعطِ كل مجموعة اسمًا يعرفه الحاضرون في القاعة، مثل طاولتها أو فريقها. تظهر الأسماء في عرض ورشة العمل وأثناء العرض التقديمي.</translation>
    </message>
    <message>
        <source>%1 — %2, started %3</source>
        <translation>%1 — %2، بدأ في %3</translation>
    </message>
    <message>
        <source>Name of the group: %1</source>
        <translation>اسم المجموعة: %1</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>إشعار</translation>
    </message>
    <message>
        <source>Notice message</source>
        <translation>رسالة الإشعار</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>تجاهل الإشعار</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Level of the figure</source>
        <translation>مستوى الرقم</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>المستويات</translation>
    </message>
    <message>
        <source>Where to find the figure</source>
        <translation>أين تجد الرقم</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>الأعلى أفضل</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>الأدنى أفضل</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Levels (%1): %2</source>
        <translation>المستويات (%1): %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Marked not applicable; type a figure to answer instead.</source>
        <translation>معلَّم بأنه لا ينطبق؛ اكتب رقمًا للإجابة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Type the figure and press Enter.</source>
        <translation>اكتب الرقم واضغط Enter.</translation>
    </message>
    <message>
        <source>Level %1 of %2 (%3)</source>
        <translation>المستوى %1 من %2 (%3)</translation>
    </message>
</context>
<context>
    <name>OverallCard</name>
    <message>
        <source>Overall index</source>
        <translation>المؤشر العام</translation>
    </message>
    <message>
        <source>/ 100</source>
        <translation>/ 100</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>نسبة التغطية</translation>
    </message>
    <message>
        <source>Why the overall index reads so</source>
        <translation>سبب قيمة المؤشر العام</translation>
    </message>
    <message>
        <source>Status and dates</source>
        <translation>الحالة والتواريخ</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>لم يُحسب</translation>
    </message>
    <message>
        <source>Coverage: %1 % — %2 of %3 applicable questions answered or closed by an earlier answer. A score is shown from %4 % in each component.</source>
        <translation>نسبة التغطية: %1% — أُجيب عن %2 من %3 من الأسئلة المنطبقة أو أُغلقت بإجابة سابقة. تُعرض الدرجة في كل مكوِّن ابتداءً من %4%.</translation>
    </message>
    <message>
        <source>No applicable question has an answer yet.</source>
        <translation>لا توجد إجابة بعد عن أي سؤال منطبق.</translation>
    </message>
    <message>
        <source>Every component the checklist covers has a score.</source>
        <translation>لكل مكوِّن تشمله قائمة التحقق درجة.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) marked not applicable; the reasons are in the report.</source>
        <translation>
            <numerusform>لم يُعلَّم أي سؤال بأنه لا ينطبق.</numerusform>
            <numerusform>سؤال واحد معلَّم بأنه لا ينطبق؛ السبب مذكور في التقرير.</numerusform>
            <numerusform>سؤالان معلَّمان بأنهما لا ينطبقان؛ السببان مذكوران في التقرير.</numerusform>
            <numerusform>%n أسئلة معلَّمة بأنها لا تنطبق؛ الأسباب مذكورة في التقرير.</numerusform>
            <numerusform>%n سؤالًا معلَّمًا بأنه لا ينطبق؛ الأسباب مذكورة في التقرير.</numerusform>
            <numerusform>%n سؤال معلَّم بأنه لا ينطبق؛ الأسباب مذكورة في التقرير.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown question(s) still unanswered.</source>
        <translation>
            <numerusform>لا توجد أسئلة معروضة دون إجابة.</numerusform>
            <numerusform>سؤال واحد معروض لا يزال دون إجابة.</numerusform>
            <numerusform>سؤالان معروضان لا يزالان دون إجابة.</numerusform>
            <numerusform>%n أسئلة معروضة لا تزال دون إجابة.</numerusform>
            <numerusform>%n سؤالًا معروضًا لا يزال دون إجابة.</numerusform>
            <numerusform>%n سؤال معروض لا يزال دون إجابة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>تاريخ البدء: %1</translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation>تاريخ الإنجاز: %1</translation>
    </message>
    <message>
        <source>Last changed: %1</source>
        <translation>آخر تغيير: %1</translation>
    </message>
    <message>
        <source>Assessors: %1</source>
        <translation>المُقيِّمون: %1</translation>
    </message>
    <message>
        <source>Submitted as partial: %1</source>
        <translation>أُرسل بوصفه جزئيًا: %1</translation>
    </message>
</context>
<context>
    <name>PackInstall</name>
    <message>
        <source>New documents (%1)</source>
        <translation>وثائق جديدة (%1)</translation>
    </message>
    <message>
        <source>Updated documents (%1)</source>
        <translation>وثائق محدَّثة (%1)</translation>
    </message>
    <message>
        <source>Removed documents (%1)</source>
        <translation>وثائق مُزالة (%1)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>; if you trust this publisher, add their key under Trusted keys in File → Content packs.</source>
        <translation>؛ إذا كنت تثق بهذه الجهة الناشرة، فأضف مفتاحها ضمن «المفاتيح الموثوقة» في ملف ← حزم المحتوى.</translation>
    </message>
    <message>
        <source>, or choose “Install anyway” to replace it</source>
        <translation>، أو اختر «التثبيت على أي حال» لاستبدالها</translation>
    </message>
    <message>
        <source>, or choose “Install anyway” (the copy in the later pack is then hidden)</source>
        <translation>، أو اختر «التثبيت على أي حال» (تُخفى عندئذ النسخة الموجودة في الحزمة اللاحقة)</translation>
    </message>
    <message>
        <source> because you chose “Install anyway”</source>
        <translation> لأنك اخترت «التثبيت على أي حال»</translation>
    </message>
    <message>
        <source> Remove the pack or install another version.</source>
        <translation> أزِل الحزمة أو ثبّت إصدارًا آخر.</translation>
    </message>
    <message>
        <source> the publisher gave you</source>
        <translation> الذي قدّمته لك الجهة الناشرة</translation>
    </message>
    <message>
        <source>The pack “%1” %2 was installed.</source>
        <translation>ثُبِّتت الحزمة «%1» %2.</translation>
    </message>
    <message>
        <source>The pack “%1” was updated from version %3 to %2.</source>
        <translation>حُدِّثت الحزمة «%1» من الإصدار %3 إلى الإصدار %2.</translation>
    </message>
    <message>
        <source>The pack “%1” was returned to the older version %2 (was %3).</source>
        <translation>أُعيدت الحزمة «%1» إلى الإصدار الأقدم %2 (كان الإصدار %3).</translation>
    </message>
    <message>
        <source>The pack “%1” %2 was installed again.</source>
        <translation>أُعيد تثبيت الحزمة «%1» %2.</translation>
    </message>
    <message>
        <source>The pack “%1” %2 is already installed; nothing changed.</source>
        <translation>الحزمة «%1» %2 مثبتة بالفعل؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The pack “%1” was rolled back from version %3 to %2.</source>
        <translation>أُرجعت الحزمة «%1» من الإصدار %3 إلى الإصدار %2.</translation>
    </message>
    <message>
        <source>The pack “%1” %3 was removed.</source>
        <translation>أُزيلت الحزمة «%1» %3.</translation>
    </message>
    <message>
        <source>The pack “%1”: %2.</source>
        <translation>الحزمة «%1»: %2.</translation>
    </message>
    <message>
        <source>The library shows version %2 again.</source>
        <translation>تعرض المكتبة الإصدار %2 مجددًا.</translation>
    </message>
    <message>
        <source>(A delta pack: only the changed documents travelled.)</source>
        <translation>(حزمة تفاضلية: لم تُنقل إلا الوثائق التي تغيّرت.)</translation>
    </message>
    <message>
        <source>No document changed.</source>
        <translation>لم تتغيّر أي وثيقة.</translation>
    </message>
    <message>
        <source>Documents: %1 new, %2 updated, %3 removed.</source>
        <translation>الوثائق: %1 جديدة، %2 محدَّثة، %3 مُزالة.</translation>
    </message>
    <message>
        <source>Copying the pack…</source>
        <translation>جارٍ نسخ الحزمة…</translation>
    </message>
    <message>
        <source>Checking the signature and every file…</source>
        <translation>جارٍ التحقق من التوقيع ومن كل ملف…</translation>
    </message>
    <message>
        <source>Unpacking…</source>
        <translation>جارٍ فك الحزمة…</translation>
    </message>
    <message>
        <source>Comparing with the installed version…</source>
        <translation>جارٍ المقارنة بالإصدار المثبت…</translation>
    </message>
    <message>
        <source>Updating the search index…</source>
        <translation>جارٍ تحديث فهرس البحث…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>PackInstaller</name>
    <message>
        <source>Install content pack</source>
        <translation>تثبيت حزمة محتوى</translation>
    </message>
    <message>
        <source>Accord content packs (*.accordpack);;All files (*)</source>
        <translation>حزم محتوى Accord (*.accordpack);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>A content pack is being installed; wait until it has finished.</source>
        <translation>يجري تثبيت حزمة محتوى؛ انتظر حتى ينتهي التثبيت.</translation>
    </message>
    <message>
        <source>Install an older version?</source>
        <translation>هل تريد تثبيت إصدار أقدم؟</translation>
    </message>
    <message>
        <source>“%1” %2 is older than the installed version %3.</source>
        <translation>«%1» %2 أقدم من الإصدار المثبت %3.</translation>
    </message>
    <message>
        <source>Installing it would undo later corrections to the library. Install it only if you were asked to. You can return to version %1 with Roll back in File → Content packs….</source>
        <translation>تثبيته سيلغي تصحيحات لاحقة أُدخلت على المكتبة. لا تثبّته إلا إذا طُلب منك ذلك. يمكنك العودة إلى الإصدار %1 باستخدام «الرجوع إلى الإصدار السابق» في ملف ← حزم المحتوى….</translation>
    </message>
    <message>
        <source>Install &amp;anyway</source>
        <translation>ال&amp;تثبيت على أي حال</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <source>Install the older version anyway</source>
        <translation>تثبيت الإصدار الأقدم على أي حال</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Not installed; the library is unchanged.</source>
        <translation>لم يُثبَّت شيء؛ لم تتغيّر المكتبة.</translation>
    </message>
    <message>
        <source>Installing content pack</source>
        <translation>جارٍ تثبيت حزمة المحتوى</translation>
    </message>
    <message>
        <source>Installing %1…</source>
        <translation>جارٍ تثبيت %1…</translation>
    </message>
    <message>
        <source>Cancelling the install…</source>
        <translation>جارٍ إلغاء التثبيت…</translation>
    </message>
    <message>
        <source>No pack was installed.</source>
        <translation>لم تُثبَّت أي حزمة.</translation>
    </message>
    <message>
        <source>There is no content pack (.accordpack) in this folder.</source>
        <translation>لا توجد حزمة محتوى (.accordpack) في هذا المجلد.</translation>
    </message>
    <message>
        <source>Nothing to install</source>
        <translation>لا يوجد ما يُثبَّت</translation>
    </message>
    <message>
        <source>The install was cancelled; nothing was changed.</source>
        <translation>أُلغي التثبيت؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>%1 was not installed.</source>
        <translation>لم يُثبَّت %1.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>حدث خطأ ما: %1</translation>
    </message>
    <message>
        <source>Content pack not installed</source>
        <translation>لم تُثبَّت حزمة المحتوى</translation>
    </message>
    <message>
        <source>Your library was not changed.</source>
        <translation>لم تتغيّر مكتبتك.</translation>
    </message>
    <message>
        <source>Install anyway</source>
        <translation>التثبيت على أي حال</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <source>Content packs</source>
        <translation>حزم المحتوى</translation>
    </message>
    <message>
        <source>Content packs bring documents and checklists from the coordinating body. The library bundled with Accord is the core pack; other packs sit beside it, and an installed core pack replaces it. Every pack is checked (its signature and every file) before it is installed.</source>
        <translation>تجلب حزم المحتوى وثائق وقوائم تحقق من الجهة المنسِّقة. المكتبة المرفقة مع Accord هي الحزمة الأساسية؛ وتوضع الحزم الأخرى بجانبها، وتحل محلها حزمة أساسية مثبتة. تُفحص كل حزمة (توقيعها وكل ملف فيها) قبل تثبيتها.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Installed content packs</source>
        <translation>حزم المحتوى المثبتة</translation>
    </message>
    <message>
        <source>&amp;Install…</source>
        <translation>&amp;تثبيت…</translation>
    </message>
    <message>
        <source>Install a content pack</source>
        <translation>تثبيت حزمة محتوى</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>ال&amp;رجوع إلى الإصدار السابق</translation>
    </message>
    <message>
        <source>Roll back the selected pack to its previous version</source>
        <translation>إرجاع الحزمة المحددة إلى إصدارها السابق</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Remove the selected pack</source>
        <translation>إزالة الحزمة المحددة</translation>
    </message>
    <message>
        <source>&amp;Export to folder…</source>
        <translation>ت&amp;صدير إلى مجلد…</translation>
    </message>
    <message>
        <source>Copy the installed packs to a folder or USB stick</source>
        <translation>نسخ الحزم المثبتة إلى مجلد أو ذاكرة USB</translation>
    </message>
    <message>
        <source>&amp;Trusted keys…</source>
        <translation>المفاتيح ال&amp;موثوقة…</translation>
    </message>
    <message>
        <source>The publishers&apos; keys this computer trusts</source>
        <translation>مفاتيح الجهات الناشرة التي يثق بها هذا الحاسوب</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>The packs could not be listed: %1</source>
        <translation>تعذّر سرد الحزم: %1</translation>
    </message>
    <message>
        <source>No earlier version is kept for this pack.</source>
        <translation>لا يُحتفظ بأي إصدار سابق لهذه الحزمة.</translation>
    </message>
    <message>
        <source>Roll back a content pack</source>
        <translation>الرجوع بحزمة محتوى إلى الإصدار السابق</translation>
    </message>
    <message>
        <source>Return “%1” from version %2 to version %3?</source>
        <translation>هل تريد إرجاع «%1» من الإصدار %2 إلى الإصدار %3؟</translation>
    </message>
    <message>
        <source>Version %1 is kept, so you can roll back again to return to it. Answers in assessments are never changed.</source>
        <translation>يُحتفظ بالإصدار %1، لذا يمكنك الرجوع مجددًا للعودة إليه. لا تتغيّر الإجابات في التقييمات أبدًا.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n document(s) leave the library.</source>
        <translation>
            <numerusform>لا تخرج أي وثيقة من المكتبة.</numerusform>
            <numerusform>تخرج وثيقتها الوحيدة من المكتبة.</numerusform>
            <numerusform>تخرج وثيقتاها من المكتبة.</numerusform>
            <numerusform>تخرج وثائقها (%n وثائق) من المكتبة.</numerusform>
            <numerusform>تخرج وثائقها (%n وثيقة) من المكتبة.</numerusform>
            <numerusform>تخرج وثائقها (%n وثيقة) من المكتبة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its documents leave the library.</source>
        <translation>تخرج وثائقها من المكتبة.</translation>
    </message>
    <message>
        <source>The library bundled with Accord is shown again.</source>
        <translation>تُعرض المكتبة المرفقة مع Accord مجددًا.</translation>
    </message>
    <message>
        <source>Assessments keep their answers. To have the pack again, install its file.</source>
        <translation>تحتفظ التقييمات بإجاباتها. لاستعادة الحزمة، ثبّت ملفها.</translation>
    </message>
    <message>
        <source>Remove a content pack</source>
        <translation>إزالة حزمة محتوى</translation>
    </message>
    <message>
        <source>Remove “%1” %2?</source>
        <translation>هل تريد إزالة «%1» %2؟</translation>
    </message>
    <message>
        <source>Rolling back “%1”…</source>
        <translation>جارٍ إرجاع «%1»…</translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation>جارٍ إزالة «%1»…</translation>
    </message>
    <message>
        <source>The installed library was not changed.</source>
        <translation>لم تتغيّر المكتبة المثبتة.</translation>
    </message>
    <message>
        <source>Export content packs to a folder or USB stick</source>
        <translation>تصدير حزم المحتوى إلى مجلد أو ذاكرة USB</translation>
    </message>
    <message>
        <source>Copying the packs to %1…</source>
        <translation>جارٍ نسخ الحزم إلى %1…</translation>
    </message>
    <message>
        <source>No installed packs to export (the bundled library comes with Accord).</source>
        <translation>لا توجد حزم مثبتة لتصديرها (المكتبة المرفقة تأتي مع Accord).</translation>
    </message>
    <message>
        <source>Copied %1 pack file(s) to %2. On another computer choose File → Install content pack… and pick the files, or drop the folder on Accord&apos;s window.</source>
        <translation>نُسخ %1 من ملفات الحزم إلى %2. على حاسوب آخر، اختر ملف ← تثبيت حزمة محتوى… وحدد الملفات، أو أفلِت المجلد في نافذة Accord.</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>معرّف المفتاح</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الجهة الناشرة</translation>
    </message>
    <message>
        <source>Trusted because</source>
        <translation>سبب الثقة</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(لم يُذكر اسم)</translation>
    </message>
    <message>
        <source>Shipped with Accord</source>
        <translation>مرفق مع Accord</translation>
    </message>
    <message>
        <source>Added here</source>
        <translation>أُضيف هنا</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>الإصدار السابق</translation>
    </message>
    <message>
        <source>Where from</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Not in use: an installed core pack replaces the bundled library.</source>
        <translation>غير مستخدمة: تحل حزمة أساسية مثبتة محل المكتبة المرفقة.</translation>
    </message>
    <message>
        <source>Library bundled with Accord</source>
        <translation>المكتبة المرفقة مع Accord</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>مرفقة</translation>
    </message>
    <message>
        <source>Bundled (replaced)</source>
        <translation>مرفقة (مستبدلة)</translation>
    </message>
    <message>
        <source>Installed %1</source>
        <translation>ثُبِّتت في %1</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>مثبتة</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n question(s) mapped</source>
        <translation>
            <numerusform>لا توجد أسئلة مقترنة</numerusform>
            <numerusform>سؤال واحد مقترن</numerusform>
            <numerusform>سؤالان مقترنان</numerusform>
            <numerusform>%n أسئلة مقترنة</numerusform>
            <numerusform>%n سؤالًا مقترنًا</numerusform>
            <numerusform>%n سؤال مقترن</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Problems in the library</source>
        <translation>المشكلات في المكتبة</translation>
    </message>
    <message>
        <source>Problems: file, line and message</source>
        <translation>المشكلات: الملف والسطر والرسالة</translation>
    </message>
    <message>
        <source>No problems: every file of the library was read without an error.</source>
        <translation>لا توجد مشكلات: قُرئ كل ملف في المكتبة دون أخطاء.</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>لا توجد مشكلات</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>%1 in %2, line %3: %4</source>
        <translation>%1 في %2، السطر %3: %4</translation>
    </message>
</context>
<context>
    <name>ProxyDialog</name>
    <message>
        <source>Network and proxy</source>
        <translation>الشبكة والخادم الوكيل</translation>
    </message>
    <message>
        <source>How Accord reaches the hub. Most offices need the system&apos;s settings.</source>
        <translation>كيف يصل Accord إلى الخادم المركزي. تحتاج معظم المكاتب إلى إعدادات النظام.</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings (HTTPS_PROXY, NO_PROXY)</source>
        <translation>استخدام إعدادات الخادم الوكيل في ال&amp;نظام (HTTPS_PROXY، NO_PROXY)</translation>
    </message>
    <message>
        <source>Connect &amp;directly (no proxy)</source>
        <translation>الاتصال م&amp;باشرة (دون خادم وكيل)</translation>
    </message>
    <message>
        <source>Use this &amp;proxy:</source>
        <translation>استخدام هذا الخادم ال&amp;وكيل:</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>عنوان الخادم الوكيل</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>ا&amp;ختبار الاتصال</translation>
    </message>
    <message>
        <source>Test the connection to the hub</source>
        <translation>اختبار الاتصال بالخادم المركزي</translation>
    </message>
    <message>
        <source>Connect to a hub first.</source>
        <translation>اتصل بخادم مركزي أولًا.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save the network settings</source>
        <translation>حفظ إعدادات الشبكة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>جارٍ اختبار الاتصال…</translation>
    </message>
    <message>
        <source>The hub answered: the settings work.</source>
        <translation>استجاب الخادم المركزي: الإعدادات تعمل.</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>نص السؤال</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Keys for this question</source>
        <translation>مفاتيح لوحة المفاتيح لهذا السؤال</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>What evidence to give</source>
        <translation>الأدلة المطلوب تقديمها</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>ملاحظة بشأن الأدلة</translation>
    </message>
    <message>
        <source>Type the evidence here: documents, dates, who adopted them. Saved as you type.</source>
        <translation>اكتب الأدلة هنا: الوثائق والتواريخ والجهة التي اعتمدتها. تُحفظ أثناء الكتابة.</translation>
    </message>
    <message>
        <source>Question number and section</source>
        <translation>رقم السؤال والقسم</translation>
    </message>
    <message>
        <source>New in this version</source>
        <translation>جديد في هذا الإصدار</translation>
    </message>
    <message>
        <source>New question in this checklist version</source>
        <translation>سؤال جديد في هذا الإصدار من قائمة التحقق</translation>
    </message>
    <message>
        <source>Changed in this version: answer again</source>
        <translation>تغيّر في هذا الإصدار: أجب مجددًا</translation>
    </message>
    <message>
        <source>This question changed in this checklist version; answer it again</source>
        <translation>تغيّر هذا السؤال في هذا الإصدار من قائمة التحقق؛ أجب عنه مجددًا</translation>
    </message>
    <message>
        <source>Type the figure and press Enter (a comma or a point for decimals). If it does not apply, Tab to “Not applicable”.</source>
        <translation>اكتب الرقم واضغط Enter (فاصلة أو نقطة للكسور العشرية). إذا لم ينطبق، فانتقل بالمفتاح Tab إلى «لا ينطبق».</translation>
    </message>
    <message>
        <source>Keys: 0–4 choose the level, N = not applicable, Delete clears.</source>
        <translation>المفاتيح: من 0 إلى 4 لاختيار المستوى، N = لا ينطبق، Delete للمسح.</translation>
    </message>
    <message>
        <source>Keys: 1 = yes, 2 = partly, 3 = no, 0 or N = not applicable, Delete clears.</source>
        <translation>المفاتيح: 1 = نعم، 2 = جزئيًا، 3 = لا، 0 أو N = لا ينطبق، Delete للمسح.</translation>
    </message>
    <message>
        <source>Why it does not apply</source>
        <translation>سبب عدم الانطباق</translation>
    </message>
    <message>
        <source>The reason this question does not apply; it is shown in the report.</source>
        <translation>سبب عدم انطباق هذا السؤال؛ يُعرض في التقرير.</translation>
    </message>
    <message>
        <source>Note what supports your answer.</source>
        <translation>دوِّن ما يدعم إجابتك.</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>المستوى %1</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>المفتاح %1</translation>
    </message>
</context>
<context>
    <name>QuestionCounts</name>
    <message>
        <source>%1 of %2 answered</source>
        <translation>أُجيب عن %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 answered (%n closed by an earlier answer)</source>
        <translation>
            <numerusform>أُجيب عن %1 من %2 (لم يُغلق أي سؤال بإجابة سابقة)</numerusform>
            <numerusform>أُجيب عن %1 من %2 (أُغلق سؤال واحد بإجابة سابقة)</numerusform>
            <numerusform>أُجيب عن %1 من %2 (أُغلق سؤالان بإجابة سابقة)</numerusform>
            <numerusform>أُجيب عن %1 من %2 (أُغلقت %n أسئلة بإجابة سابقة)</numerusform>
            <numerusform>أُجيب عن %1 من %2 (أُغلق %n سؤالًا بإجابة سابقة)</numerusform>
            <numerusform>أُجيب عن %1 من %2 (أُغلق %n سؤال بإجابة سابقة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>السؤال %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>Question %1 of %2 (%n closed by an earlier answer)</source>
        <translation>
            <numerusform>السؤال %1 من %2 (لم يُغلق أي سؤال بإجابة سابقة)</numerusform>
            <numerusform>السؤال %1 من %2 (أُغلق سؤال واحد بإجابة سابقة)</numerusform>
            <numerusform>السؤال %1 من %2 (أُغلق سؤالان بإجابة سابقة)</numerusform>
            <numerusform>السؤال %1 من %2 (أُغلقت %n أسئلة بإجابة سابقة)</numerusform>
            <numerusform>السؤال %1 من %2 (أُغلق %n سؤالًا بإجابة سابقة)</numerusform>
            <numerusform>السؤال %1 من %2 (أُغلق %n سؤال بإجابة سابقة)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 (%n closed)</source>
        <translation>
            <numerusform>%1 من %2 (لا أسئلة مغلقة)</numerusform>
            <numerusform>%1 من %2 (سؤال مغلق واحد)</numerusform>
            <numerusform>%1 من %2 (سؤالان مغلقان)</numerusform>
            <numerusform>%1 من %2 (%n أسئلة مغلقة)</numerusform>
            <numerusform>%1 من %2 (%n سؤالًا مغلقًا)</numerusform>
            <numerusform>%1 من %2 (%n سؤال مغلق)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>Sections and questions</source>
        <translation>الأقسام والأسئلة</translation>
    </message>
</context>
<context>
    <name>Radar</name>
    <message>
        <source>Governance and compliance</source>
        <translation>الحوكمة والامتثال</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>لا توجد درجة</translation>
    </message>
</context>
<context>
    <name>RadarWidget</name>
    <message>
        <source>Radar chart of the six component scores</source>
        <translation>مخطط راداري لدرجات المكوِّنات الستة</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <source>Reader</source>
        <translation>القارئ</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Contents of this document</source>
        <translation>محتويات هذه الوثيقة</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>نوع الوثيقة</translation>
    </message>
    <message>
        <source>Safety Index components</source>
        <translation>مكوِّنات مؤشر السلامة</translation>
    </message>
    <message>
        <source>About this document</source>
        <translation>حول هذه الوثيقة</translation>
    </message>
    <message>
        <source>Other languages of this document</source>
        <translation>لغات أخرى لهذه الوثيقة</translation>
    </message>
    <message>
        <source>Bookmark this document</source>
        <translation>إضافة إشارة مرجعية لهذه الوثيقة</translation>
    </message>
    <message>
        <source>“%1” is not in the library.</source>
        <translation>«%1» غير موجودة في المكتبة.</translation>
    </message>
    <message>
        <source>Could not show %1: %2</source>
        <translation>تعذّر عرض %1: %2</translation>
    </message>
    <message>
        <source>%1 is shown as plain text: %2</source>
        <translation>يُعرض %1 نصًا عاديًا: %2</translation>
    </message>
    <message>
        <source>Audience: %1</source>
        <translation>الفئة المستهدفة: %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>reviewed %1</source>
        <translation>رُوجعت في %1</translation>
    </message>
    <message>
        <source>Also in: %1</source>
        <translation>متاحة أيضًا بـ: %1</translation>
    </message>
    <message>
        <source>This link was not opened: only library pages and web addresses can be.</source>
        <translation>لم يُفتح هذا الرابط: لا يمكن فتح إلا صفحات المكتبة وعناوين الويب.</translation>
    </message>
    <message>
        <source>Open an outside link?</source>
        <translation>هل تريد فتح رابط خارجي؟</translation>
    </message>
    <message>
        <source>Write an e-mail with your e-mail program?</source>
        <translation>هل تريد كتابة رسالة بريد إلكتروني ببرنامج البريد الإلكتروني لديك؟</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>هل تريد فتح هذا العنوان في متصفح الويب؟</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Outside link (asks first): %1</source>
        <translation>رابط خارجي (يطلب التأكيد أولًا): %1</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ أُضيفت إشارة مرجعية</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ إشارة مرجعية</translation>
    </message>
    <message>
        <source>Remove the bookmark (Ctrl+D)</source>
        <translation>إزالة الإشارة المرجعية (Ctrl+D)</translation>
    </message>
    <message>
        <source>Bookmark (Ctrl+D)</source>
        <translation>إضافة إشارة مرجعية (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Document text</source>
        <translation>نص الوثيقة</translation>
    </message>
</context>
<context>
    <name>ReadingStore</name>
    <message>
        <source>Restored the backup %1. The damaged database was kept as %2.</source>
        <translation>استُعيدت النسخة الاحتياطية %1. واحتُفظ بقاعدة البيانات التالفة باسم %2.</translation>
    </message>
    <message>
        <source>Started with an empty database. The damaged one was kept as %1.</source>
        <translation>بدأ العمل بقاعدة بيانات فارغة. واحتُفظ بالقاعدة التالفة باسم %1.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>تعذّر الحفظ: %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Not asked (closed by an earlier answer): counts 0</source>
        <translation>لم يُطرح (أُغلق بإجابة سابقة): يُحتسب 0</translation>
    </message>
    <message>
        <source>Not asked: the question it follows is not applicable</source>
        <translation>لم يُطرح: السؤال الذي يتفرّع عنه لا ينطبق</translation>
    </message>
    <message>
        <source>Not asked yet: the question it follows has no answer</source>
        <translation>لم يُطرح بعد: السؤال الذي يتفرّع عنه لا إجابة له</translation>
    </message>
    <message>
        <source>New in this version</source>
        <translation>جديد في هذا الإصدار</translation>
    </message>
    <message>
        <source>Changed in this version: to answer again</source>
        <translation>تغيّر في هذا الإصدار: تجب الإجابة عنه مجددًا</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>%1 of %2 shown questions answered</source>
        <translation>أُجيب عن %1 من %2 من الأسئلة المعروضة</translation>
    </message>
    <message>
        <source>No reason given.</source>
        <translation>لم يُذكر سبب.</translation>
    </message>
    <message>
        <source>This checklist version no longer has these questions. Their answers are kept for the record and no longer count in the scores.</source>
        <translation>لم تعد هذه الأسئلة موجودة في هذا الإصدار من قائمة التحقق. يُحتفظ بإجاباتها للتوثيق، ولم تعد تُحتسب في الدرجات.</translation>
    </message>
    <message>
        <source>Question id</source>
        <translation>معرّف السؤال</translation>
    </message>
    <message>
        <source>Assessment %1, revision %2. Checklist %3, version %4 (content hash %5). Generated by Accord %6 on %7.</source>
        <translation>التقييم %1، النسخة %2. قائمة التحقق %3، الإصدار %4 (بصمة المحتوى %5). أنشأه Accord %6 في %7.</translation>
    </message>
    <message>
        <source>Readiness self-assessment report</source>
        <translation>تقرير التقييم الذاتي للجاهزية</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · الإصدار %2</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>المُقيِّمون</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>تاريخ الإنجاز</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <source>Questions counted</source>
        <translation>الأسئلة المحتسبة</translation>
    </message>
    <message>
        <source>%1 of %2 applicable (%3 %)</source>
        <translation>%1 من %2 من الأسئلة المنطبقة (%3%)</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>تاريخ إنشاء التقرير</translation>
    </message>
    <message>
        <source>OVERALL INDEX</source>
        <translation>المؤشر العام</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>لم يُحسب</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>الدرجات</translation>
    </message>
    <message>
        <source>out of 100</source>
        <translation>من 100</translation>
    </message>
    <message>
        <source>no overall index</source>
        <translation>لا يوجد مؤشر عام</translation>
    </message>
    <message>
        <source>coverage %1 %</source>
        <translation>نسبة التغطية %1%</translation>
    </message>
    <message>
        <source>%1 of %2 components with a score</source>
        <translation>%1 من %2 من المكوِّنات لها درجة</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>لا توجد درجة</translation>
    </message>
    <message>
        <source>Submitted as partial: %1 A partial assessment is kept by the coordinating body but does not count in the national index.</source>
        <translation>أُرسل بوصفه جزئيًا: %1 تحتفظ الجهة المنسِّقة بالتقييم الجزئي، لكنه لا يُحتسب في المؤشر الوطني.</translation>
    </message>
    <message>
        <source>The six components are those of the proposed Global AI Safety Index. Each score runs from 0 to 100, with its coverage beside it (the share of applicable questions answered, or closed by an earlier answer). Below the minimum coverage a component has no score, never a zero, and the overall index is computed only when every component has one. The scores, the results by framework, the gaps with the playbooks that help, and every answer with its evidence follow.</source>
        <translation>المكوِّنات الستة هي مكوِّنات المؤشر العالمي لسلامة الذكاء الاصطناعي المقترح. تتراوح كل درجة من 0 إلى 100، وبجانبها نسبة التغطية (حصة الأسئلة المنطبقة التي أُجيب عنها أو أُغلقت بإجابة سابقة). إذا كانت نسبة التغطية دون الحد الأدنى فلا درجة للمكوِّن، ولا تكون صفرًا أبدًا، ولا يُحسب المؤشر العام إلا إذا كانت لكل مكوِّن درجة. وتلي ذلك الدرجات، والنتائج حسب الإطار، والفجوات مع الأدلة الإجرائية التي تساعد على سدّها، وكل إجابة مع أدلتها.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2 · generated %3 by Accord</source>
        <translation>%1 · %2 · أنشأه Accord في %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Readiness self-assessment — %1</source>
        <translation>التقييم الذاتي للجاهزية — %1</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>المكوِّن</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>نسبة التغطية</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Scores run from 0 to 100: yes = 1, partly = ½, no = 0, a maturity level n = n/4, a figure its band&apos;s level n/4, weighted by each question&apos;s weight. A question closed by an earlier answer (asked only after a better one) counts 0; a question marked not applicable, with its reason, does not count. Coverage is the share of applicable questions answered or closed. Below the minimum coverage of %1 % a component has no score; the overall index is the mean of the component scores, computed only when every component has one.</source>
        <translation>تتراوح الدرجات من 0 إلى 100: نعم = 1، جزئي = ½، لا = 0، مستوى النضج n = n/4، والرقم مستوى شريحته n/4، مرجَّحةً بوزن كل سؤال. السؤال المغلق بإجابة سابقة (الذي لا يُطرح إلا بعد إجابة أفضل) يُحتسب 0؛ والسؤال المعلَّم بأنه لا ينطبق، مع سببه، لا يُحتسب. نسبة التغطية هي حصة الأسئلة المنطبقة التي أُجيب عنها أو أُغلقت. إذا كانت نسبة التغطية دون الحد الأدنى البالغ %1% فلا درجة للمكوِّن؛ والمؤشر العام هو متوسط درجات المكوِّنات، ولا يُحسب إلا إذا كانت لكل مكوِّن درجة.</translation>
    </message>
    <message>
        <source>Submitted as partial: %1. The coordinating body keeps partial assessments out of the national index.</source>
        <translation>أُرسل بوصفه جزئيًا: %1. تستبعد الجهة المنسِّقة التقييمات الجزئية من المؤشر الوطني.</translation>
    </message>
    <message>
        <source>Results by framework</source>
        <translation>النتائج حسب الإطار</translation>
    </message>
    <message>
        <source>The same answers read against other frameworks. Each part counts the questions mapped to it, with the same rules as a component.</source>
        <translation>الإجابات نفسها مقروءةً وفق أُطر أخرى. يحتسب كل جزء الأسئلة المقترنة به، بالقواعد نفسها المطبقة على المكوِّن.</translation>
    </message>
    <message>
        <source>This checklist maps its questions to no other framework.</source>
        <translation>لا تقرن قائمة التحقق هذه أسئلتها بأي إطار آخر.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>الجزء</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>Overall index</source>
        <translation>المؤشر العام</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>سابقًا</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيّر</translation>
    </message>
    <message>
        <source>Compared with the assessment of %1 started on %2 (%3).</source>
        <translation>مقارنةً بتقييم %1 الذي بدأ في %2 (%3).</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>مُنجَز</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Gaps and what helps</source>
        <translation>الفجوات وما يساعد على سدّها</translation>
    </message>
    <message>
        <source>The weakest answered questions, lowest score and highest weight first, with the guidance and the library documents that help close each gap.</source>
        <translation>أضعف الأسئلة المُجاب عنها، بدءًا بأدنى درجة وأعلى وزن، مع الإرشادات ووثائق المكتبة التي تساعد على سدّ كل فجوة.</translation>
    </message>
    <message>
        <source>No gaps: every answered question has full marks.</source>
        <translation>لا توجد فجوات: حصل كل سؤال مُجاب عنه على الدرجة الكاملة.</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>دليل إجرائي</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>معيار</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>دليل إرشادي</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>قائمة تحقق</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>مسرد المصطلحات</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>وثيقة مرجعية</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>لا توجد درجة</translation>
    </message>
    <message>
        <source>Submitted as partial</source>
        <translation>أُرسل بوصفه جزئيًا</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>مُنجَز</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1، النسخة %2</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>دون إجابة</translation>
    </message>
    <message>
        <source>Level %1 of 4</source>
        <translation>المستوى %1 من 4</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>جزئيًا</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>%1 (level %2 of %3)</source>
        <translation>%1 (المستوى %2 من %3)</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Gaps, weakest first</source>
        <translation>الفجوات، بدءًا بأدنى درجة</translation>
    </message>
    <message>
        <source>Guidance for the chosen gap</source>
        <translation>إرشادات للفجوة المختارة</translation>
    </message>
    <message>
        <source>No gaps: every answered question has full marks.</source>
        <translation>لا توجد فجوات: حصل كل سؤال مُجاب عنه على الدرجة الكاملة.</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>الإجابة: %1</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>الوزن %1</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>ما يساعد</translation>
    </message>
    <message>
        <source>Assessment results</source>
        <translation>نتائج التقييم</translation>
    </message>
    <message>
        <source>Scores by component</source>
        <translation>الدرجات حسب المكوِّن</translation>
    </message>
    <message>
        <source>Results by framework</source>
        <translation>النتائج حسب الإطار</translation>
    </message>
    <message>
        <source>Marked not applicable, with the reasons</source>
        <translation>الأسئلة المعلَّمة بأنها لا تنطبق، مع الأسباب</translation>
    </message>
    <message>
        <source>Questions marked not applicable</source>
        <translation>الأسئلة المعلَّمة بأنها لا تنطبق</translation>
    </message>
    <message>
        <source>Change since an earlier assessment</source>
        <translation>التغيّر منذ تقييم سابق</translation>
    </message>
    <message>
        <source>Answers kept from removed questions</source>
        <translation>إجابات محفوظة من أسئلة مُزالة</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Results of</source>
        <translation>نتائج</translation>
    </message>
    <message>
        <source>← &amp;Questions</source>
        <translation>→ ال&amp;أسئلة</translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation>العودة إلى الأسئلة</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;تصدير PDF…</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>تصدير التقرير بتنسيق PDF</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>طباعة التقرير</translation>
    </message>
    <message>
        <source>C&amp;SV…</source>
        <translation>C&amp;SV…</translation>
    </message>
    <message>
        <source>Export the answers as CSV</source>
        <translation>تصدير الإجابات بتنسيق CSV</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>Export the answers as JSON</source>
        <translation>تصدير الإجابات بتنسيق JSON</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Back to the list of assessments</source>
        <translation>العودة إلى قائمة التقييمات</translation>
    </message>
    <message>
        <source>Checklist, country and status</source>
        <translation>قائمة التحقق والبلد والحالة</translation>
    </message>
    <message>
        <source>Gaps and what helps</source>
        <translation>الفجوات وما يساعد على سدّها</translation>
    </message>
    <message>
        <source>The weakest answered questions, lowest score and highest weight first. Choose one to read its guidance and the playbooks and standards that help.</source>
        <translation>أضعف الأسئلة المُجاب عنها، بدءًا بأدنى درجة وأعلى وزن. اختر أحدها لقراءة إرشاداته والأدلة الإجرائية والمعايير التي تساعد.</translation>
    </message>
    <message>
        <source>The results could not be gathered: %1</source>
        <translation>تعذّر جمع النتائج: %1</translation>
    </message>
    <message>
        <source>Results — %1</source>
        <translation>النتائج — %1</translation>
    </message>
    <message>
        <source>%1 · version %2 · %3 · %4</source>
        <translation>%1 · الإصدار %2 · %3 · %4</translation>
    </message>
    <message>
        <source>These answers belong to questions the current checklist version no longer has. They are kept and listed, but do not count:</source>
        <translation>تنتمي هذه الإجابات إلى أسئلة لم تعد موجودة في الإصدار الحالي من قائمة التحقق. يُحتفظ بها وتُدرج، لكنها لا تُحتسب:</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>جارٍ حفظ %1…</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>تعذّر حفظ الملف: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Saved %1 (%2 s).</source>
        <translation>حُفظ %1 (%2 ث).</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>أُرسل إلى الطابعة.</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>فشلت الطباعة: %1</translation>
    </message>
</context>
<context>
    <name>RunnerHeader</name>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <source>&amp;Retry saving</source>
        <translation>إ&amp;عادة محاولة الحفظ</translation>
    </message>
    <message>
        <source>Retry saving</source>
        <translation>إعادة محاولة الحفظ</translation>
    </message>
    <message>
        <source>Re&amp;sults</source>
        <translation>ال&amp;نتائج</translation>
    </message>
    <message>
        <source>Show the results</source>
        <translation>عرض النتائج</translation>
    </message>
    <message>
        <source>&amp;Mark complete…</source>
        <translation>وضع علامة «&amp;مُنجَز»…</translation>
    </message>
    <message>
        <source>Mark the assessment complete</source>
        <translation>وضع علامة «مُنجَز» على التقييم</translation>
    </message>
    <message>
        <source>Mark complete (Ctrl+Enter)</source>
        <translation>وضع علامة «مُنجَز» (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Close the assessment</source>
        <translation>إغلاق التقييم</translation>
    </message>
    <message>
        <source>Checklist and country</source>
        <translation>قائمة التحقق والبلد</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>الأسئلة المُجاب عنها</translation>
    </message>
    <message>
        <source>%1 · version %2 · %3 · assessors: %4</source>
        <translation>%1 · الإصدار %2 · %3 · المُقيِّمون: %4</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>لم يُذكر أحد</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>حُفظ ✓</translation>
    </message>
    <message>
        <source>Not saved — kept here</source>
        <translation>لم يُحفظ — محفوظ هنا مؤقتًا</translation>
    </message>
</context>
<context>
    <name>RunnerPage</name>
    <message>
        <source>%1 · Section %2 of %3: %4 · %5</source>
        <translation>%1 · القسم %2 من %3: %4 · %5</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>الوزن %1</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <source>Guidance for this question</source>
        <translation>إرشادات لهذا السؤال</translation>
    </message>
    <message>
        <source>Guidance · %1</source>
        <translation>الإرشادات · %1</translation>
    </message>
    <message>
        <source>This question has no guidance.</source>
        <translation>لا توجد إرشادات لهذا السؤال.</translation>
    </message>
    <message>
        <source>Assessment questions</source>
        <translation>أسئلة التقييم</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <source>The assessment could not be opened</source>
        <translation>تعذّر فتح التقييم</translation>
    </message>
    <message>
        <source>Review and move…</source>
        <translation>المراجعة والنقل…</translation>
    </message>
    <message>
        <source>Try saving now</source>
        <translation>محاولة الحفظ الآن</translation>
    </message>
    <message>
        <source>Every question shown has an answer.</source>
        <translation>لكل سؤال معروض إجابة.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>إعادة المحاولة الآن</translation>
    </message>
    <message>
        <source>Saved: everything you typed is on disk now.</source>
        <translation>حُفظ: كل ما كتبته موجود على القرص الآن.</translation>
    </message>
    <message>
        <source>Submitted as partial, revision %1.</source>
        <translation>أُرسل بوصفه جزئيًا، النسخة %1.</translation>
    </message>
    <message>
        <source>Marked complete as revision %1.</source>
        <translation>وُضعت علامة «مُنجَز» على التقييم بوصفه النسخة %1.</translation>
    </message>
    <message>
        <source>Cannot mark complete while answers are not saved. %1</source>
        <translation>لا يمكن وضع علامة «مُنجَز» ما دامت الإجابات غير محفوظة. %1</translation>
    </message>
    <message>
        <source>Could not mark the assessment complete: %1</source>
        <translation>تعذّر وضع علامة «مُنجَز» على التقييم: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Yes / Partly / No</source>
        <translation>نعم / جزئيًا / لا</translation>
    </message>
    <message>
        <source>Maturity level</source>
        <translation>مستوى النضج</translation>
    </message>
    <message>
        <source>Not applicable (N on maturity questions)</source>
        <translation>لا ينطبق (N في أسئلة النضج)</translation>
    </message>
    <message>
        <source>Clear the answer</source>
        <translation>مسح الإجابة</translation>
    </message>
    <message>
        <source>Evidence note (Esc: back to the answers)</source>
        <translation>ملاحظة الأدلة (Esc: العودة إلى الإجابات)</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>وضع علامة «مُنجَز»</translation>
    </message>
    <message>
        <source>List of questions (Esc closes it)</source>
        <translation>قائمة الأسئلة (Esc يغلقها)</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>إجابة</translation>
    </message>
    <message>
        <source>next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>first unanswered</source>
        <translation>أول سؤال دون إجابة</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>السؤال السابق</translation>
    </message>
    <message>
        <source>Previous question (Page Up)</source>
        <translation>السؤال السابق (Page Up)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>السؤال التالي</translation>
    </message>
    <message>
        <source>Next question (Page Down)</source>
        <translation>السؤال التالي (Page Down)</translation>
    </message>
    <message>
        <source>First &amp;unanswered</source>
        <translation>أول سؤال &amp;دون إجابة</translation>
    </message>
    <message>
        <source>First unanswered question</source>
        <translation>أول سؤال دون إجابة</translation>
    </message>
    <message>
        <source>First unanswered question (Ctrl+U)</source>
        <translation>أول سؤال دون إجابة (Ctrl+U)</translation>
    </message>
    <message>
        <source>☰ &amp;Questions</source>
        <translation>☰ ال&amp;أسئلة</translation>
    </message>
    <message>
        <source>List of questions</source>
        <translation>قائمة الأسئلة</translation>
    </message>
    <message>
        <source>The list of questions (Ctrl+L)</source>
        <translation>قائمة الأسئلة (Ctrl+L)</translation>
    </message>
    <message>
        <source>Accord&apos;s data folder cannot be written just now, so answers cannot be saved. What you type stays in this form and is saved as soon as the folder can be written again.</source>
        <translation>لا يمكن الكتابة في مجلد بيانات Accord حاليًا، لذا لا يمكن حفظ الإجابات. يبقى ما تكتبه في هذا النموذج ويُحفظ فور إمكان الكتابة في المجلد مجددًا.</translation>
    </message>
    <message>
        <source>The checklist “%1” fails validation, so this assessment opens read-only: you can read its answers and results but not change them until the checklist is fixed. %2</source>
        <translation>لم تجتز قائمة التحقق «%1» التحقق من الصحة، لذا يُفتح هذا التقييم للقراءة فقط: يمكنك قراءة إجاباته ونتائجه دون تغييرها إلى أن تُصلَح قائمة التحقق. %2</translation>
    </message>
    <message>
        <source>Version %1 of this checklist is installed; this draft uses version %2. You can move it: answers are carried by question, removed questions are listed, new ones are flagged.</source>
        <translation>الإصدار %1 من قائمة التحقق هذه مثبت؛ وتستخدم هذه المسودة الإصدار %2. يمكنك نقلها: تُنقل الإجابات سؤالًا بسؤال، وتُدرج الأسئلة المُزالة، وتُوسم الأسئلة الجديدة.</translation>
    </message>
    <message>
        <source>This assessment was marked complete on %1 (revision %2). Changing an answer starts revision %3; revision %2 stays as it was.</source>
        <translation>وُضعت علامة «مُنجَز» على هذا التقييم في %1 (النسخة %2). تغيير أي إجابة يبدأ النسخة %3؛ وتبقى النسخة %2 كما كانت.</translation>
    </message>
    <message>
        <source>Moved to version %1: %2 new questions are flagged “new”.</source>
        <translation>نُقل إلى الإصدار %1: وُسم %2 من الأسئلة الجديدة بـ «جديد».</translation>
    </message>
    <message>
        <source>%1 answers belong to questions this version removed: they are kept and listed in the report, but no longer count.</source>
        <translation>تنتمي %1 من الإجابات إلى أسئلة أزالها هذا الإصدار: يُحتفظ بها وتُدرج في التقرير، لكنها لم تعد تُحتسب.</translation>
    </message>
    <message>
        <source>%1 questions changed under the same id: answer them again (flagged “changed”; the earlier answer is in the history).</source>
        <translation>تغيّر %1 من الأسئلة مع بقاء المعرّف نفسه: أجب عنها مجددًا (موسومة بـ «تغيّر»؛ والإجابة السابقة موجودة في السجل).</translation>
    </message>
    <message>
        <source>You changed a completed assessment, so it is a draft again as revision %1. The completed revision %2 is kept as it was; mark this one complete when you are done.</source>
        <translation>غيّرت تقييمًا مُنجَزًا، لذا أصبح مسودة مجددًا بوصفه النسخة %1. يُحتفظ بالنسخة المُنجَزة %2 كما كانت؛ ضع علامة «مُنجَز» على هذه النسخة عند الانتهاء.</translation>
    </message>
    <message>
        <source>Your answers are not saved yet. %1 What you typed stays here and is saved automatically as soon as possible.</source>
        <translation>لم تُحفظ إجاباتك بعد. %1 يبقى ما كتبته هنا ويُحفظ تلقائيًا في أقرب وقت ممكن.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search the library  (Ctrl+K)</source>
        <translation>البحث في المكتبة  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <source>Results appear as you type; press Down to move to them.</source>
        <translation>تظهر النتائج أثناء الكتابة؛ اضغط السهم لأسفل للانتقال إليها.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Type to search the library.</source>
        <translation>اكتب للبحث في المكتبة.</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>عدد النتائج</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>هل تقصد</translation>
    </message>
    <message>
        <source>Search notice</source>
        <translation>إشعار البحث</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>تصفية</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>مسح جميع عوامل التصفية</translation>
    </message>
    <message>
        <source>Filters: check a value to narrow the results</source>
        <translation>عوامل التصفية: حدد قيمة لتضييق النتائج</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>لا توجد نتائج</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <translation>لا توجد نتائج لـ «%1»</translation>
    </message>
    <message>
        <source>Nothing matches. Check the spelling, use fewer words, or clear the filters.</source>
        <translation>لا يوجد تطابق. تحقق من الإملاء، أو استخدم كلمات أقل، أو امسح عوامل التصفية.</translation>
    </message>
    <message numerus="yes">
        <source>No document has all the words of “%2”. %n document(s) have some of them or a related meaning:</source>
        <translation>
            <numerusform>لا توجد وثيقة تضم كل كلمات «%2». ولا توجد وثائق تضم بعضها أو معنى ذا صلة.</numerusform>
            <numerusform>لا توجد وثيقة تضم كل كلمات «%2». وثيقة واحدة تضم بعضها أو معنى ذا صلة:</numerusform>
            <numerusform>لا توجد وثيقة تضم كل كلمات «%2». وثيقتان تضمان بعضها أو معنى ذا صلة:</numerusform>
            <numerusform>لا توجد وثيقة تضم كل كلمات «%2». %n وثائق تضم بعضها أو معنى ذا صلة:</numerusform>
            <numerusform>لا توجد وثيقة تضم كل كلمات «%2». %n وثيقة تضم بعضها أو معنى ذا صلة:</numerusform>
            <numerusform>لا توجد وثيقة تضم كل كلمات «%2». %n وثيقة تضم بعضها أو معنى ذا صلة:</numerusform>
        </translation>
    </message>
    <message>
        <source>Results for “%2”: %1</source>
        <translation>نتائج «%2»: %1</translation>
    </message>
    <message>
        <source>(showing the first %1)</source>
        <translation>(تُعرض أول %1)</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>هل تقصد %1؟</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>0 or N</source>
        <translation>0 أو N</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation>السهم الأيسر</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation>السهم الأيمن</translation>
    </message>
    <message>
        <source>Up arrow</source>
        <translation>السهم لأعلى</translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation>السهم لأسفل</translation>
    </message>
    <message>
        <source>Plus</source>
        <translation>زائد</translation>
    </message>
    <message>
        <source>Minus</source>
        <translation>ناقص</translation>
    </message>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <source>Answering questions</source>
        <translation>الإجابة عن الأسئلة</translation>
    </message>
    <message>
        <source>Workshop view</source>
        <translation>عرض ورشة العمل</translation>
    </message>
    <message>
        <source>Switch between the table and the chart</source>
        <translation>التبديل بين الجدول والمخطط</translation>
    </message>
    <message>
        <source>Rename the group selected</source>
        <translation>إعادة تسمية المجموعة المحددة</translation>
    </message>
    <message>
        <source>Page Down or Page Up</source>
        <translation>Page Down أو Page Up</translation>
    </message>
    <message>
        <source>Presenting: the next or previous groups</source>
        <translation>أثناء العرض التقديمي: المجموعات التالية أو السابقة</translation>
    </message>
    <message>
        <source>Stop presenting</source>
        <translation>إيقاف العرض التقديمي</translation>
    </message>
    <message>
        <source>Lists and dialogs</source>
        <translation>القوائم ومربعات الحوار</translation>
    </message>
    <message>
        <source>Open the row selected (a document, an assessment)</source>
        <translation>فتح الصف المحدد (وثيقة أو تقييم)</translation>
    </message>
    <message>
        <source>Tab or Shift+Tab</source>
        <translation>Tab أو Shift+Tab</translation>
    </message>
    <message>
        <source>The next or previous part of the window</source>
        <translation>الجزء التالي أو السابق من النافذة</translation>
    </message>
    <message>
        <source>Close a dialog; in the search box, clear it</source>
        <translation>إغلاق مربع الحوار؛ وفي مربع البحث، مسح محتواه</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Every keyboard shortcut</source>
        <translation>جميع اختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Start a self-assessment</source>
        <translation>بدء تقييم ذاتي</translation>
    </message>
    <message>
        <source>Answer a checklist for one institution. Answers are saved as you type; you can stop at any time and continue later.</source>
        <translation>أجب عن قائمة تحقق لمؤسسة واحدة. تُحفظ الإجابات أثناء الكتابة؛ يمكنك التوقف في أي وقت والمتابعة لاحقًا.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;قائمة التحقق:</translation>
    </message>
    <message>
        <source>Checklists that cannot be started</source>
        <translation>قوائم التحقق التي لا يمكن بدؤها</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>e.g. Ministry of Information and Communications</source>
        <translation>مثال: وزارة الإعلام والاتصالات</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>ال&amp;مؤسسة:</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>المُقيِّمون</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>الأسماء، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>&amp;Assessors:</source>
        <translation>المُقيِّمو&amp;ن:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Type a name or a two-letter code, e.g. Kenya or KE</source>
        <translation>اكتب اسمًا (بالإنجليزية) أو رمزًا من حرفين، مثل Kenya أو KE</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>البل&amp;د:</translation>
    </message>
    <message>
        <source>Country chosen</source>
        <translation>البلد المختار</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;بدء</translation>
    </message>
    <message>
        <source>These checklists fail validation and cannot be started until fixed:</source>
        <translation>لم تجتز قوائم التحقق هذه التحقق من الصحة، ولا يمكن بدؤها حتى تُصلَح:</translation>
    </message>
    <message>
        <source>Choose a checklist that can be started.</source>
        <translation>اختر قائمة تحقق يمكن بدؤها.</translation>
    </message>
    <message>
        <source>Type the institution&apos;s name.</source>
        <translation>اكتب اسم المؤسسة.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>هل تقصد %1؟</translation>
    </message>
    <message>
        <source>Choose the country from the list or type its two-letter code.</source>
        <translation>اختر البلد من القائمة أو اكتب رمزه المكوَّن من حرفين.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>The sync status could not be read: %1</source>
        <translation>تعذّرت قراءة حالة المزامنة: %1</translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation>جارٍ إعادة المحاولة الآن…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>توقفت.</translation>
    </message>
    <message>
        <source>Sending completed assessments to the hub…</source>
        <translation>جارٍ إرسال التقييمات المُنجَزة إلى الخادم المركزي…</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status; press to sync now</source>
        <translation>حالة المزامنة؛ اضغط للمزامنة الآن</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>تقدّم المزامنة</translation>
    </message>
    <message>
        <source>%v of %m sent</source>
        <translation>أُرسل %v من %m</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>إيقاف الإرسال</translation>
    </message>
    <message>
        <source>Stop sending; what is left stays queued</source>
        <translation>إيقاف الإرسال؛ يبقى ما تبقّى في قائمة الانتظار</translation>
    </message>
    <message>
        <source>Hub not reachable; next try in %1 s</source>
        <translation>يتعذّر الوصول إلى الخادم المركزي؛ المحاولة التالية بعد %1 ث</translation>
    </message>
    <message>
        <source>%1
Press to try again now.</source>
        <translation>%1
اضغط لإعادة المحاولة الآن.</translation>
    </message>
    <message>
        <source>Sending %1 of %2…</source>
        <translation>جارٍ إرسال %1 من %2…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <source>Sync: not connected</source>
        <translation>المزامنة: غير متصل</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>المزامنة: %1</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>الخادم المركزي: %1</translation>
    </message>
    <message>
        <source>USB transfer only</source>
        <translation>النقل عبر USB فقط</translation>
    </message>
    <message>
        <source>Not connected to a hub: Sync → Connect to the hub…</source>
        <translation>غير متصل بخادم مركزي: مزامنة ← الاتصال بالخادم المركزي…</translation>
    </message>
    <message>
        <source>Waiting: %1 · delivered: %2 · rejected: %3</source>
        <translation>في الانتظار: %1 · مُسلَّم: %2 · مرفوض: %3</translation>
    </message>
    <message>
        <source>Last sync %1: %2</source>
        <translation>آخر مزامنة %1: %2</translation>
    </message>
    <message>
        <source>Press to sync now (F9).</source>
        <translation>اضغط للمزامنة الآن (F9).</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>Not sent: this computer is not connected to a hub (Sync → Connect to the hub…).</source>
        <translation>لم يُرسَل: هذا الحاسوب غير متصل بخادم مركزي (مزامنة ← الاتصال بالخادم المركزي…).</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>توقفت المزامنة: %1</translation>
    </message>
    <message>
        <source>Sync finished: %1 delivered, %2 rejected, %3 still to send.</source>
        <translation>انتهت المزامنة: %1 مُسلَّم، %2 مرفوض، %3 لم يُرسَل بعد.</translation>
    </message>
    <message>
        <source>Sync stopped: %1 delivered; %2 still to send (they stay queued).</source>
        <translation>توقفت المزامنة: %1 مُسلَّم؛ %2 لم يُرسَل بعد (تبقى في قائمة الانتظار).</translation>
    </message>
    <message>
        <source>Accord is closing.</source>
        <translation>جارٍ إغلاق Accord.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Write the hub&apos;s address as http://host:port, for example http://10.0.0.5:8470.</source>
        <translation>اكتب عنوان الخادم المركزي بالصيغة http://host:port، مثلًا http://10.0.0.5:8470.</translation>
    </message>
    <message>
        <source>The port in the hub&apos;s address is not a number between 1 and 65535.</source>
        <translation>المنفذ في عنوان الخادم المركزي ليس رقمًا بين 1 و65535.</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 في الانتظار</translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation>%1 مُسلَّم</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 مرفوض</translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation>لا يوجد ما يُرسَل</translation>
    </message>
    <message>
        <source>Connect this computer to the hub first; then it sends by itself.</source>
        <translation>اتصل بالخادم المركزي من هذا الحاسوب أولًا؛ وبعدها يُرسل تلقائيًا.</translation>
    </message>
    <message>
        <source>Export for USB transfer</source>
        <translation>تصدير للنقل عبر USB</translation>
    </message>
    <message>
        <source>Accord transfer files (*.json)</source>
        <translation>ملفات نقل Accord (*.json)</translation>
    </message>
    <message>
        <source>This computer is not connected to a hub yet, so nothing can be sealed for it. Connect first (Sync → Connect to the hub…).</source>
        <translation>هذا الحاسوب غير متصل بخادم مركزي بعد، لذا لا يمكن ختم أي شيء له. اتصل أولًا (مزامنة ← الاتصال بالخادم المركزي…).</translation>
    </message>
    <message>
        <source>Wrote %1 submission(s) to %2. Give the file to the hub&apos;s operator. They stay “waiting” here until the hub&apos;s receipts come back: import them with Sync → Import receipts….</source>
        <translation>كُتب %1 من عمليات الإرسال في %2. سلّم الملف إلى مشغّل الخادم المركزي. تبقى هنا «في الانتظار» حتى تعود إيصالات الاستلام من الخادم المركزي: استوردها عبر مزامنة ← استيراد إيصالات الاستلام….</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>لم يُكتب شيء: %1</translation>
    </message>
    <message>
        <source>Import receipts</source>
        <translation>استيراد إيصالات الاستلام</translation>
    </message>
    <message>
        <source>Receipts files (*.json);;All files (*)</source>
        <translation>ملفات إيصالات الاستلام (*.json);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>%1 submission(s) marked delivered.</source>
        <translation>عُلِّم %1 من عمليات الإرسال بأنها مُسلَّمة.</translation>
    </message>
    <message>
        <source>The receipts were not imported: %1</source>
        <translation>لم تُستورد إيصالات الاستلام: %1</translation>
    </message>
</context>
<context>
    <name>TocModel</name>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
</context>
<context>
    <name>TrustedKeysDialog</name>
    <message>
        <source>Trusted keys</source>
        <translation>المفاتيح الموثوقة</translation>
    </message>
    <message>
        <source>Accord installs only packs signed with one of these keys. The coordinating body&apos;s key ships with Accord; add another publisher&apos;s key only if you received it from them in person or over a channel you trust.</source>
        <translation>لا يثبّت Accord إلا الحزم الموقَّعة بأحد هذه المفاتيح. يأتي مفتاح الجهة المنسِّقة مع Accord؛ لا تُضف مفتاح جهة ناشرة أخرى إلا إذا تسلّمته منها شخصيًا أو عبر قناة تثق بها.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>&amp;Add key…</source>
        <translation>إ&amp;ضافة مفتاح…</translation>
    </message>
    <message>
        <source>Add a publisher&apos;s key</source>
        <translation>إضافة مفتاح جهة ناشرة</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Stop trusting the selected key</source>
        <translation>إيقاف الوثوق بالمفتاح المحدد</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>المفاتيح العامة (*.pub);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>no name given</source>
        <translation>لم يُذكر اسم</translation>
    </message>
    <message>
        <source>Trust a new publisher?</source>
        <translation>هل تريد الوثوق بجهة ناشرة جديدة؟</translation>
    </message>
    <message>
        <source>Trust the key %1 (%2)?</source>
        <translation>هل تريد الوثوق بالمفتاح %1 (%2)؟</translation>
    </message>
    <message>
        <source>Warning: packs signed with this key will then install on this computer exactly like the coordinating body&apos;s own, and can change what every user of this computer reads and the checklists they answer. Add it only if you received it from the publisher in person or over a channel you trust, and compare the key id with theirs.</source>
        <translation>تحذير: ستُثبَّت عندئذ الحزم الموقَّعة بهذا المفتاح على هذا الحاسوب تمامًا كحزم الجهة المنسِّقة نفسها، ويمكنها تغيير ما يقرؤه كل مستخدم لهذا الحاسوب وقوائم التحقق التي يجيب عنها. لا تُضفه إلا إذا تسلّمته من الجهة الناشرة شخصيًا أو عبر قناة تثق بها، وقارن معرّف المفتاح بالمعرّف لديها.</translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation>ال&amp;وثوق بهذا المفتاح</translation>
    </message>
    <message>
        <source>Key %1 is now trusted.</source>
        <translation>أصبح المفتاح %1 موثوقًا.</translation>
    </message>
    <message>
        <source>Key %1 is no longer trusted.</source>
        <translation>لم يعد المفتاح %1 موثوقًا.</translation>
    </message>
    <message>
        <source>Stop trusting a key?</source>
        <translation>هل تريد إيقاف الوثوق بمفتاح؟</translation>
    </message>
    <message>
        <source>Stop trusting the key %1 (%2)?</source>
        <translation>هل تريد إيقاف الوثوق بالمفتاح %1 (%2)؟</translation>
    </message>
    <message>
        <source>Packs already installed stay; new packs signed with this key will be refused.</source>
        <translation>تبقى الحزم المثبتة بالفعل؛ وستُرفض الحزم الجديدة الموقَّعة بهذا المفتاح.</translation>
    </message>
    <message>
        <source>&amp;Stop trusting</source>
        <translation>إي&amp;قاف الوثوق</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Start page</source>
        <translation>صفحة البداية</translation>
    </message>
    <message>
        <source>Accord</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>The AI-governance library: standards, playbooks and checklists, offline.</source>
        <translation>مكتبة حوكمة الذكاء الاصطناعي: معايير وأدلة إجرائية وقوائم تحقق، دون اتصال بالإنترنت.</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>جارٍ تحميل المكتبة…</translation>
    </message>
    <message>
        <source>Library summary</source>
        <translation>ملخص المكتبة</translation>
    </message>
    <message>
        <source>Recent documents</source>
        <translation>الوثائق الحديثة</translation>
    </message>
    <message>
        <source>Documents you open appear here.</source>
        <translation>تظهر هنا الوثائق التي تفتحها.</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>الإشارات المرجعية</translation>
    </message>
    <message>
        <source>Press Ctrl+D in a document to bookmark it.</source>
        <translation>اضغط Ctrl+D في وثيقة لإضافة إشارة مرجعية إليها.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Find in the document (search elsewhere)</source>
        <translation>البحث في الوثيقة (أو البحث في المكتبة خارجها)</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+السهم الأيسر / Alt+السهم الأيمن</translation>
    </message>
    <message>
        <source>Back / forward</source>
        <translation>رجوع / تقدّم</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Bookmark the document</source>
        <translation>إضافة إشارة مرجعية للوثيقة</translation>
    </message>
    <message>
        <source>Ctrl+Plus / Ctrl+Minus / Ctrl+0</source>
        <translation>Ctrl+زائد / Ctrl+ناقص / Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom in / out / reset</source>
        <translation>تكبير / تصغير / إعادة الضبط</translation>
    </message>
    <message>
        <source>Ctrl+P / Ctrl+Shift+S</source>
        <translation>Ctrl+P / Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Print / save as PDF</source>
        <translation>طباعة / حفظ بتنسيق PDF</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>All keyboard shortcuts</source>
        <translation>جميع اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Documents in the library: %1</source>
        <translation>الوثائق في المكتبة: %1</translation>
    </message>
    <message>
        <source>The library is empty.</source>
        <translation>المكتبة فارغة.</translation>
    </message>
    <message>
        <source>%1: %2, browse them</source>
        <translation>%1: %2، تصفّحها</translation>
    </message>
</context>
<context>
    <name>WhatChangedDialog</name>
    <message>
        <source>What changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <source>What changed in the library</source>
        <translation>ما الذي تغيّر في المكتبة</translation>
    </message>
    <message>
        <source>Nothing was installed.</source>
        <translation>لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Documents added, updated and removed</source>
        <translation>الوثائق المضافة والمحدَّثة والمُزالة</translation>
    </message>
    <message>
        <source>Checklists: what this means for open drafts</source>
        <translation>قوائم التحقق: ما يعنيه ذلك للمسودات المفتوحة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Not installed: %1</source>
        <translation>لم يُثبَّت: %1</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>&amp;فتح الوثيقة</translation>
    </message>
    <message>
        <source>Open the selected document</source>
        <translation>فتح الوثيقة المحددة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>مُزالة</translation>
    </message>
    <message>
        <source>version %1 → %2</source>
        <translation>الإصدار %1 ← %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>متغيّرة</translation>
    </message>
</context>
<context>
    <name>WorkshopHeader</name>
    <message>
        <source>Workshop view</source>
        <translation>عرض ورشة العمل</translation>
    </message>
    <message>
        <source>Chec&amp;klist:</source>
        <translation>&amp;قائمة التحقق:</translation>
    </message>
    <message>
        <source>Checklist of the workshop</source>
        <translation>قائمة التحقق الخاصة بورشة العمل</translation>
    </message>
    <message>
        <source>&amp;Name the groups…</source>
        <translation>&amp;تسمية المجموعات…</translation>
    </message>
    <message>
        <source>Name the groups of the workshop</source>
        <translation>تسمية مجموعات ورشة العمل</translation>
    </message>
    <message>
        <source>Groups shown</source>
        <translation>المجموعات المعروضة</translation>
    </message>
    <message>
        <source>◀ Previous groups</source>
        <translation>▶ المجموعات السابقة</translation>
    </message>
    <message>
        <source>Previous groups (Page Up)</source>
        <translation>المجموعات السابقة (Page Up)</translation>
    </message>
    <message>
        <source>Next groups ▶</source>
        <translation>المجموعات التالية ◀</translation>
    </message>
    <message>
        <source>Next groups (Page Down)</source>
        <translation>المجموعات التالية (Page Down)</translation>
    </message>
    <message>
        <source>Show the c&amp;hart</source>
        <translation>عرض ال&amp;مخطط</translation>
    </message>
    <message>
        <source>Switch between the table and the chart</source>
        <translation>التبديل بين الجدول والمخطط</translation>
    </message>
    <message>
        <source>Switch between the table and the chart (Ctrl+T)</source>
        <translation>التبديل بين الجدول والمخطط (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;عرض تقديمي</translation>
    </message>
    <message>
        <source>Presentation mode, full screen, large text</source>
        <translation>وضع العرض التقديمي، ملء الشاشة، نص كبير</translation>
    </message>
    <message>
        <source>Full screen, large text for a projector (F11)</source>
        <translation>ملء الشاشة، نص كبير لجهاز العرض (F11)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Back to the list of assessments</source>
        <translation>العودة إلى قائمة التقييمات</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n assessments)</source>
        <translation>
            <numerusform>%1 (لا توجد تقييمات)</numerusform>
            <numerusform>%1 (تقييم واحد)</numerusform>
            <numerusform>%1 (تقييمان)</numerusform>
            <numerusform>%1 (%n تقييمات)</numerusform>
            <numerusform>%1 (%n تقييمًا)</numerusform>
            <numerusform>%1 (%n تقييم)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop presenting (Esc)</source>
        <translation>إيقاف العرض التقديمي (Esc)</translation>
    </message>
    <message>
        <source>Groups %1–%2 of %3</source>
        <translation>المجموعات من %1 إلى %2 من أصل %3</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>Workshop view</source>
        <translation>عرض ورشة العمل</translation>
    </message>
    <message>
        <source>Show the c&amp;hart</source>
        <translation>عرض ال&amp;مخطط</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Groups to compare</source>
        <translation>المجموعات المراد مقارنتها</translation>
    </message>
    <message>
        <source>What the workshop view shows</source>
        <translation>ما يعرضه عرض ورشة العمل</translation>
    </message>
    <message>
        <source>Scores per group with mean and spread</source>
        <translation>الدرجات حسب المجموعة مع المتوسط والتشتت</translation>
    </message>
    <message>
        <source>One assessment per group. Tick the ones to compare; drafts are left out until ticked. F2 renames a group.</source>
        <translation>تقييم واحد لكل مجموعة. حدد التقييمات المراد مقارنتها؛ تُستبعد المسودات ما لم تحددها. يعيد F2 تسمية المجموعة.</translation>
    </message>
    <message>
        <source>Chart of the groups and their mean</source>
        <translation>مخطط المجموعات ومتوسطها</translation>
    </message>
    <message>
        <source>There are no assessments yet. Start one per group.</source>
        <translation>لا توجد تقييمات بعد. ابدأ تقييمًا لكل مجموعة.</translation>
    </message>
    <message>
        <source>Name the groups, so that everyone can tell them apart on the screen.</source>
        <translation>سمِّ المجموعات ليتمكن الجميع من التمييز بينها على الشاشة.</translation>
    </message>
    <message>
        <source>Name the groups…</source>
        <translation>تسمية المجموعات…</translation>
    </message>
    <message>
        <source>No group has completed its assessment yet: tick the drafts to compare.</source>
        <translation>لم تُنجز أي مجموعة تقييمها بعد: حدد المسودات لمقارنتها.</translation>
    </message>
    <message>
        <source>Tick at least one group.</source>
        <translation>حدد مجموعة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Mean of the groups</source>
        <translation>متوسط المجموعات</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n groups. Mean and spread count only the groups that assessed a component; a component no group assessed is “not assessed”.</source>
        <translation>
            <numerusform>%1 — لا توجد مجموعات. لا يحتسب المتوسط والتشتت إلا المجموعات التي قيّمت المكوِّن؛ والمكوِّن الذي لم تقيّمه أي مجموعة «لم يُقيَّم».</numerusform>
            <numerusform>%1 — مجموعة واحدة. لا يحتسب المتوسط والتشتت إلا المجموعات التي قيّمت المكوِّن؛ والمكوِّن الذي لم تقيّمه أي مجموعة «لم يُقيَّم».</numerusform>
            <numerusform>%1 — مجموعتان. لا يحتسب المتوسط والتشتت إلا المجموعات التي قيّمت المكوِّن؛ والمكوِّن الذي لم تقيّمه أي مجموعة «لم يُقيَّم».</numerusform>
            <numerusform>%1 — %n مجموعات. لا يحتسب المتوسط والتشتت إلا المجموعات التي قيّمت المكوِّن؛ والمكوِّن الذي لم تقيّمه أي مجموعة «لم يُقيَّم».</numerusform>
            <numerusform>%1 — %n مجموعة. لا يحتسب المتوسط والتشتت إلا المجموعات التي قيّمت المكوِّن؛ والمكوِّن الذي لم تقيّمه أي مجموعة «لم يُقيَّم».</numerusform>
            <numerusform>%1 — %n مجموعة. لا يحتسب المتوسط والتشتت إلا المجموعات التي قيّمت المكوِّن؛ والمكوِّن الذي لم تقيّمه أي مجموعة «لم يُقيَّم».</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the &amp;table</source>
        <translation>عرض ال&amp;جدول</translation>
    </message>
</context>
</TS>
