<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ecoplan</name>
    <message>
        <source>Single symbol</source>
        <translation>单一符号</translation>
    </message>
    <message>
        <source>Categories (by a field's values)</source>
        <translation>分类（按字段取值）</translation>
    </message>
    <message>
        <source>Graduated (classes of a number field)</source>
        <translation>分级（按数值字段分级）</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>样式：</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>符号</translation>
    </message>
    <message>
        <source>Changes here apply to every class; each class keeps its colour.</source>
        <translation>此处的修改应用于所有类别，各类别保留各自的颜色。</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>自然断点（Jenks）</translation>
    </message>
    <message>
        <source>Quantiles (equal count)</source>
        <translation>分位数（等数量）</translation>
    </message>
    <message>
        <source>Equal interval</source>
        <translation>等间距</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>类别数：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>via</source>
        <translation>经</translation>
    </message>
    <message>
        <source>Colour ramp:</source>
        <translation>色带：</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Makes the classes anew from the field's values (or its value list).</source>
        <translation>根据字段取值（或其值列表）重新生成类别。</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Legend label</source>
        <translation>图例标签</translation>
    </message>
    <message>
        <source>Double-click a colour to change it; edit a label in place.</source>
        <translation>双击颜色可修改；标签可直接编辑。</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标注</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>粗体</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>Around the point or centre</source>
        <translation>点或中心周围</translation>
    </message>
    <message>
        <source>Over the point or centre</source>
        <translation>点或中心之上</translation>
    </message>
    <message>
        <source>Along the line</source>
        <translation>沿线</translation>
    </message>
    <message>
        <source>at every scale</source>
        <translation>所有比例尺</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>Halo:</source>
        <translation>光晕：</translation>
    </message>
    <message>
        <source>Placement:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>Shown up to scale:</source>
        <translation>显示至比例尺：</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>可见性</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>The layer is hidden when the map shows more than this (zoomed out further).</source>
        <translation>地图比例尺小于此值（缩得更远）时隐藏该图层。</translation>
    </message>
    <message>
        <source>The layer is hidden when zoomed in closer than this.</source>
        <translation>放大超过此比例尺时隐藏该图层。</translation>
    </message>
    <message>
        <source>Hide when zoomed out beyond:</source>
        <translation>缩小超过此比例尺时隐藏：</translation>
    </message>
    <message>
        <source>Hide when zoomed in beyond:</source>
        <translation>放大超过此比例尺时隐藏：</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>不透明度：</translation>
    </message>
    <message>
        <source>Colour of the class</source>
        <translation>类别颜色</translation>
    </message>
</context>
<context>
    <name>ecoplan::AnalysisActions</name>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>Select by &amp;Location…</source>
        <translation>按位置选择(&amp;L)…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+L</source>
        <translation>Ctrl+Alt+L</translation>
    </message>
    <message>
        <source>What Lies Inside</source>
        <translation>范围内统计</translation>
    </message>
    <message>
        <source>&amp;What Lies Inside…</source>
        <translation>范围内统计(&amp;W)…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+W</source>
        <translation>Ctrl+Alt+W</translation>
    </message>
    <message>
        <source>Measure &amp;Distance</source>
        <translation>量测距离(&amp;D)</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Measure &amp;Area</source>
        <translation>量测面积(&amp;A)</translation>
    </message>
    <message>
        <source>Shift+M</source>
        <translation>Shift+M</translation>
    </message>
    <message>
        <source>Select by Location</source>
        <translation>按位置选择</translation>
    </message>
    <message>
        <source>Features of %1 selected: %2.</source>
        <translation>已选择%1中的要素：%2 个。</translation>
    </message>
    <message>
        <source>Canal &amp;Protection Zones…</source>
        <translation>总干渠保护区(&amp;P)…</translation>
    </message>
    <message>
        <source>Canal Protection Zones</source>
        <translation>总干渠保护区</translation>
    </message>
    <message>
        <source>Open a project file that can be changed to build its protection zones.</source>
        <translation>请打开一个可修改的项目文件再生成保护区。</translation>
    </message>
    <message>
        <source>Regenerate protection zones</source>
        <translation>重新生成保护区</translation>
    </message>
    <message>
        <source>The protection zones were not changed: %1</source>
        <translation>保护区未改变：%1</translation>
    </message>
    <message>
        <source>Protection zones rebuilt for %1 stretches of the canal; Edit &gt; Undo restores the previous ones.</source>
        <translation>已为总干渠 %1 个渠段重新生成保护区；“编辑 &gt; 撤销”可恢复原保护区。</translation>
    </message>
</context>
<context>
    <name>ecoplan::AttributeForm</name>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>New Feature</source>
        <translation>新建要素</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
</context>
<context>
    <name>ecoplan::AttributeTableActions</name>
    <message>
        <source>&amp;Layer</source>
        <translation>图层(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Attribute Table</source>
        <translation>属性表(&amp;A)</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>Show the attributes of the layer chosen in the Layers panel</source>
        <translation>显示图层面板中所选图层的属性</translation>
    </message>
    <message>
        <source>Choose a layer in the Layers panel first.</source>
        <translation>请先在图层面板中选择一个图层。</translation>
    </message>
    <message>
        <source>Attribute Table — %1</source>
        <translation>属性表 — %1</translation>
    </message>
</context>
<context>
    <name>ecoplan::AttributeTablePanel</name>
    <message>
        <source>SQL filter, e.g. status = 'in_progress' AND area_mu &gt; 100</source>
        <translation>SQL 过滤条件，如 status = 'in_progress' AND area_mu &gt; 100</translation>
    </message>
    <message>
        <source>A condition in SQL, as in a WHERE clause; press Enter to apply it.</source>
        <translation>SQL 条件，写法同 WHERE 子句；按回车应用。</translation>
    </message>
    <message>
        <source>Only layers stored in the project file can be filtered by expression; this one was read from another file.</source>
        <translation>只有存储在项目文件中的图层才能按表达式过滤；此图层读取自其他文件。</translation>
    </message>
    <message>
        <source>All features</source>
        <translation>全部要素</translation>
    </message>
    <message>
        <source>Visible in map extent</source>
        <translation>当前地图范围内的要素</translation>
    </message>
    <message>
        <source>Selected only</source>
        <translation>仅所选要素</translation>
    </message>
    <message>
        <source>Edit in Form…</source>
        <translation>在表单中编辑…</translation>
    </message>
    <message>
        <source>Edit all attributes of the current feature</source>
        <translation>编辑当前要素的全部属性</translation>
    </message>
    <message>
        <source>Click a row first.</source>
        <translation>请先单击一行。</translation>
    </message>
    <message>
        <source>Feature %1 — attributes</source>
        <translation>要素 %1 — 属性</translation>
    </message>
    <message>
        <source>%1 of %2 features shown</source>
        <translation>已显示 %1 个要素，共 %2 个</translation>
    </message>
</context>
<context>
    <name>ecoplan::AttributeValidator</name>
    <message>
        <source>“%1” must be a whole number; “%2” is not.</source>
        <translation>“%1”必须是整数；“%2”不是整数。</translation>
    </message>
    <message>
        <source>“%1” must be a number; “%2” is not.</source>
        <translation>“%1”必须是数字；“%2”不是数字。</translation>
    </message>
    <message>
        <source>“%1” must be between %2 and %3.</source>
        <translation>“%1”必须介于 %2 与 %3 之间。</translation>
    </message>
    <message>
        <source>“%1” must be a date written YYYY-MM-DD; “%2” is not.</source>
        <translation>“%1”必须是 YYYY-MM-DD 格式的日期；“%2”不符合。</translation>
    </message>
    <message>
        <source>“%1” must be a date and time written YYYY-MM-DDThh:mm:ss; “%2” is not.</source>
        <translation>“%1”必须是 YYYY-MM-DDThh:mm:ss 格式的日期时间；“%2”不符合。</translation>
    </message>
    <message>
        <source>“%1” is required.</source>
        <translation>“%1”为必填项。</translation>
    </message>
    <message>
        <source>“%1” must be one of %2; “%3” is not.</source>
        <translation>“%1”必须是取值列表 %2 之一；“%3”不在其中。</translation>
    </message>
    <message>
        <source>“%1” may hold at most %2 characters; this has %3.</source>
        <translation>“%1”最多 %2 个字符；当前为 %3 个。</translation>
    </message>
</context>
<context>
    <name>ecoplan::AuditTrail</name>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
</context>
<context>
    <name>ecoplan::ColorButton</name>
    <message>
        <source>Choose colour…</source>
        <translation>选择颜色…</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>无颜色</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>选择颜色</translation>
    </message>
</context>
<context>
    <name>ecoplan::ColumnMatcher</name>
    <message>
        <source>column %1 could go to %2: not guessed</source>
        <translation>列 %1 可对应 %2：未自动匹配</translation>
    </message>
    <message>
        <source>field %1 could come from %2: not guessed</source>
        <translation>字段 %1 可来自 %2：未自动匹配</translation>
    </message>
</context>
<context>
    <name>ecoplan::CoordinateDisplay</name>
    <message>
        <source>Cursor position. Click to switch between decimal degrees and degrees-minutes-seconds.</source>
        <translation>光标位置。单击可在十进制度与度分秒之间切换。</translation>
    </message>
    <message>
        <source>Move the pointer over the map to see its coordinates</source>
        <translation>将鼠标移到地图上查看坐标</translation>
    </message>
    <message>
        <source>outside the coordinate system</source>
        <translation>超出坐标系范围</translation>
    </message>
</context>
<context>
    <name>ecoplan::CountyPlaces</name>
    <message>
        <source>no county given</source>
        <translation>未给出县（市、区）</translation>
    </message>
    <message>
        <source>“%1” is not a county of Henan</source>
        <translation>“%1”不是河南省的县（市、区）</translation>
    </message>
    <message>
        <source>“%1” fits several counties (%2); give the county code</source>
        <translation>“%1”对应多个县（市、区）（%2）；请给出区划代码</translation>
    </message>
</context>
<context>
    <name>ecoplan::CsvRows</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is not a readable CSV file.</source>
        <translation>“%1”不是可读取的 CSV 文件。</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>无法读取“%1”。</translation>
    </message>
</context>
<context>
    <name>ecoplan::DemoProjectBuilder</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” lacks one of the columns code, level, name_en.</source>
        <translation>“%1”缺少 code、level、name_en 列之一。</translation>
    </message>
    <message>
        <source>“%1”, row %2: expected %3 columns, found %4.</source>
        <translation>“%1”第 %2 行：应有 %3 列，实际 %4 列。</translation>
    </message>
    <message>
        <source>Cannot copy “%1” to “%2”.</source>
        <translation>无法将“%1”复制到“%2”。</translation>
    </message>
    <message>
        <source>Cannot open “%1” for writing: %2</source>
        <translation>无法以写入方式打开“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” has no layer “%2”.</source>
        <translation>“%1”中没有图层“%2”。</translation>
    </message>
    <message>
        <source>Cannot add name_en to %1: %2</source>
        <translation>无法为 %1 添加 name_en：%2</translation>
    </message>
    <message>
        <source>%1: no English name for %2 %3.</source>
        <translation>%1：%2 %3 缺少英文名。</translation>
    </message>
    <message>
        <source>Cannot write %1 %2: %3</source>
        <translation>无法写入 %1 %2：%3</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ecoplan::DocumentReader</name>
    <message>
        <source>“%1” is damaged: word/document.xml, line %2: %3</source>
        <translation>“%1”已损坏：word/document.xml 第 %2 行：%3</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is not a readable file.</source>
        <translation>“%1”不是可读取的文件。</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1”是空文件。</translation>
    </message>
    <message>
        <source>“%1”: unknown kind of document “.%2”; plans can be read from .txt, .docx and .pdf files.</source>
        <translation>“%1”：无法识别的文档类型“.%2”；规划文件可以是 .txt、.docx 或 .pdf。</translation>
    </message>
    <message>
        <source>“%1” holds no text.</source>
        <translation>“%1”中没有文字。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not valid %2 text.</source>
        <translation>“%1”不是有效的 %2 文本。</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8, and GB18030 cannot be decoded here.</source>
        <translation>“%1”不是 UTF-8 编码，本机也无法解码 GB18030。</translation>
    </message>
    <message>
        <source>“%1” is neither UTF-8 nor GB18030 text.</source>
        <translation>“%1”既不是 UTF-8 也不是 GB18030 文本。</translation>
    </message>
    <message>
        <source>“%1” is not a .docx document (not a zip archive).</source>
        <translation>“%1”不是 .docx 文档（不是 zip 压缩包）。</translation>
    </message>
    <message>
        <source>“%1” is not a .docx document: it has no word/document.xml.</source>
        <translation>“%1”不是 .docx 文档：缺少 word/document.xml。</translation>
    </message>
    <message>
        <source>Cannot read word/document.xml in “%1”.</source>
        <translation>无法读取“%1”中的 word/document.xml。</translation>
    </message>
    <message>
        <source>“%1” is damaged: word/document.xml cannot be unpacked.</source>
        <translation>“%1”已损坏：无法解压 word/document.xml。</translation>
    </message>
    <message>
        <source>“%1” is not a readable PDF file.</source>
        <translation>“%1”不是可读取的 PDF 文件。</translation>
    </message>
    <message>
        <source>“%1” is an encrypted PDF; save it without a password first.</source>
        <translation>“%1”是加密的 PDF，请先另存为无密码的文件。</translation>
    </message>
    <message>
        <source>“%1” has no text layer (a scanned image?); run OCR on it or use the original document.</source>
        <translation>“%1”没有文字层（可能是扫描图像），请先进行文字识别（OCR）或使用原始文档。</translation>
    </message>
</context>
<context>
    <name>ecoplan::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>撤销上一次编辑</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Feature</source>
        <translation>添加要素(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Click to place a point or the vertices of a line or polygon; double-click or Enter finishes, Backspace removes the last vertex, Esc cancels</source>
        <translation>单击放置点或线、面的顶点；双击或按回车完成，按 Backspace 删除最后一个顶点，按 Esc 取消</translation>
    </message>
    <message>
        <source>&amp;Move Feature</source>
        <translation>移动要素(&amp;M)</translation>
    </message>
    <message>
        <source>Drag a feature of the active layer to move it</source>
        <translation>拖动当前图层中的要素进行移动</translation>
    </message>
    <message>
        <source>&amp;Vertex Tool</source>
        <translation>顶点工具(&amp;V)</translation>
    </message>
    <message>
        <source>Click a feature, then drag a vertex to move it, double-click an edge to add one, or select one and press Delete</source>
        <translation>单击要素后：拖动顶点可移动顶点，双击边可添加顶点，选中顶点后按 Delete 可删除顶点</translation>
    </message>
    <message>
        <source>Invalid Geometry</source>
        <translation>几何无效</translation>
    </message>
    <message>
        <source>%1

Repair it automatically? The repaired shape may differ slightly.</source>
        <translation>%1

是否自动修复？修复后的形状可能略有不同。</translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation>删除所选(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected features of the active layer</source>
        <translation>删除当前图层中所选的要素</translation>
    </message>
    <message>
        <source>&amp;Copy Features</source>
        <translation>复制要素(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected features</source>
        <translation>复制所选要素</translation>
    </message>
    <message>
        <source>&amp;Paste Features</source>
        <translation>粘贴要素(&amp;P)</translation>
    </message>
    <message>
        <source>Paste copied features into the active layer</source>
        <translation>将复制的要素粘贴到当前图层</translation>
    </message>
    <message>
        <source>S&amp;napping</source>
        <translation>捕捉(&amp;N)</translation>
    </message>
    <message>
        <source>Snap clicks to vertices of visible layers within the tolerance</source>
        <translation>在容差范围内将单击位置捕捉到可见图层的顶点</translation>
    </message>
    <message>
        <source>Snapping &amp;Tolerance…</source>
        <translation>捕捉容差(&amp;T)…</translation>
    </message>
    <message>
        <source>How close, in pixels, a click must be to a vertex to snap to it</source>
        <translation>单击位置与顶点相距多少像素以内时捕捉到该顶点</translation>
    </message>
    <message>
        <source>Snapping Tolerance</source>
        <translation>捕捉容差</translation>
    </message>
    <message>
        <source>Tolerance (pixels):</source>
        <translation>容差（像素）：</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>The clipboard holds no copied features.</source>
        <translation>剪贴板中没有复制的要素。</translation>
    </message>
    <message>
        <source>The feature was not added.</source>
        <translation>要素未添加。</translation>
    </message>
    <message>
        <source>Added feature %1 to “%2”.</source>
        <translation>已将要素 %1 添加到“%2”。</translation>
    </message>
    <message>
        <source>The layer is no longer in the project.</source>
        <translation>该图层已不在项目中。</translation>
    </message>
    <message>
        <source>Add feature</source>
        <translation>添加要素</translation>
    </message>
    <message>
        <source>Redo the last undone edit</source>
        <translation>重做刚撤销的编辑</translation>
    </message>
    <message>
        <source>Features deleted: %1.</source>
        <translation>已删除要素：%1 个。</translation>
    </message>
    <message>
        <source>Features copied: %1.</source>
        <translation>已复制要素：%1 个。</translation>
    </message>
    <message>
        <source>Features pasted: %1.</source>
        <translation>已粘贴要素：%1 个。</translation>
    </message>
    <message>
        <source>Left out, being of another geometry type: %1.</source>
        <translation>因几何类型不同未粘贴：%1 个。</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>ecoplan::EditFeature</name>
    <message>
        <source>The edit was not applied.</source>
        <translation>编辑未生效。</translation>
    </message>
</context>
<context>
    <name>ecoplan::EditFeatures</name>
    <message>
        <source>The change was not applied.</source>
        <translation>修改未生效。</translation>
    </message>
</context>
<context>
    <name>ecoplan::EditTool</name>
    <message>
        <source>Choose the layer to edit in the Layers panel first.</source>
        <translation>请先在图层面板中选择要编辑的图层。</translation>
    </message>
    <message>
        <source>This project is open read-only: %1.</source>
        <translation>本项目以只读方式打开：%1。</translation>
    </message>
    <message>
        <source>Layer “%1” is not part of the project file and cannot be edited.</source>
        <translation>图层“%1”不属于项目文件，不能编辑。</translation>
    </message>
</context>
<context>
    <name>ecoplan::FeatureClipboard</name>
    <message>
        <source>Select the features to copy first (only layers of the project file).</source>
        <translation>请先选择要复制的要素（仅限项目文件中的图层）。</translation>
    </message>
    <message>
        <source>The active layer cannot be edited, so nothing was pasted.</source>
        <translation>当前图层不可编辑，未粘贴任何要素。</translation>
    </message>
    <message>
        <source>A copied feature of “%1” was not pasted: %2</source>
        <translation>复制自“%1”的一个要素未粘贴：%2</translation>
    </message>
    <message>
        <source>None of the copied features is of this layer's geometry type.</source>
        <translation>复制的要素都与此图层的几何类型不同。</translation>
    </message>
    <message>
        <source>Paste feature</source>
        <translation>粘贴要素</translation>
    </message>
    <message>
        <source>The clipboard holds no copied features.</source>
        <translation>剪贴板中没有复制的要素。</translation>
    </message>
    <message>
        <source>Paste features (%1)</source>
        <translation>粘贴要素（%1 个）</translation>
    </message>
</context>
<context>
    <name>ecoplan::FeatureEdits</name>
    <message>
        <source>Only features of the project's own layers can be edited.</source>
        <translation>只能编辑项目自身图层中的要素。</translation>
    </message>
    <message>
        <source>The feature no longer exists.</source>
        <translation>该要素已不存在。</translation>
    </message>
    <message>
        <source>This layer cannot be edited.</source>
        <translation>此图层不可编辑。</translation>
    </message>
    <message>
        <source>No features of this layer are selected.</source>
        <translation>此图层中没有选中的要素。</translation>
    </message>
    <message>
        <source>Delete feature</source>
        <translation>删除要素</translation>
    </message>
    <message>
        <source>Delete features (%1)</source>
        <translation>删除要素（%1 个）</translation>
    </message>
</context>
<context>
    <name>ecoplan::FeatureFilterProxy</name>
    <message>
        <source>Only layers of the project file can be filtered by expression.</source>
        <translation>只有项目文件中的图层才能按表达式过滤。</translation>
    </message>
</context>
<context>
    <name>ecoplan::FeatureTableModel</name>
    <message>
        <source>The layer is no longer open.</source>
        <translation>该图层已关闭。</translation>
    </message>
    <message>
        <source>This layer was read from another file, not from the project; it cannot be edited here.</source>
        <translation>此图层读取自其他文件而非项目，不能在此编辑。</translation>
    </message>
    <message>
        <source>The project is open read-only (%1); it cannot be edited.</source>
        <translation>项目以只读方式打开（%1），不能编辑。</translation>
    </message>
    <message>
        <source>There is no feature in row %1.</source>
        <translation>第 %1 行没有要素。</translation>
    </message>
    <message>
        <source>The layer has no field “%1”.</source>
        <translation>图层没有字段“%1”。</translation>
    </message>
    <message>
        <source>Edit attributes of %1 feature %2</source>
        <translation>编辑“%1”要素 %2 的属性</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>Edit “%1” of %2 feature %3</source>
        <translation>编辑“%2”要素 %3 的字段“%1”</translation>
    </message>
</context>
<context>
    <name>ecoplan::FeatureWriter</name>
    <message>
        <source>layer “%1” has no field “%2”</source>
        <translation>图层“%1”没有字段“%2”</translation>
    </message>
    <message>
        <source>the geometry of feature %1 in “%2” is not valid WKT</source>
        <translation>“%2”中要素 %1 的几何不是有效的 WKT</translation>
    </message>
    <message>
        <source>the audit log could not be written</source>
        <translation>无法写入审计日志</translation>
    </message>
    <message>
        <source>The project has no layer “%1”.</source>
        <translation>项目中没有图层“%1”。</translation>
    </message>
    <message>
        <source>The project could not be locked for writing: %1</source>
        <translation>无法锁定项目以写入：%1</translation>
    </message>
    <message>
        <source>The change to “%1” was not saved: %2</source>
        <translation>对“%1”的修改未保存：%2</translation>
    </message>
    <message>
        <source>feature %1 does not exist</source>
        <translation>要素 %1 不存在</translation>
    </message>
    <message>
        <source>GDAL refused the row</source>
        <translation>GDAL 拒绝写入该行</translation>
    </message>
    <message>
        <source>the transaction could not be committed</source>
        <translation>事务未能提交</translation>
    </message>
    <message>
        <source>Layer “%1” has no feature %2.</source>
        <translation>图层“%1”中没有要素 %2。</translation>
    </message>
</context>
<context>
    <name>ecoplan::FieldEditor</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Leave the date empty</source>
        <translation>将日期留空</translation>
    </message>
</context>
<context>
    <name>ecoplan::FileActions</name>
    <message>
        <source>EcoPlan Workbench</source>
        <translation>生态规划工作台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Layer…</source>
        <translation>添加图层(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Export Map…</source>
        <translation>导出地图(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;Vector files (*.gpkg *.shp *.geojson *.json *.kml *.kmz *.gml *.dxf *.csv *.fgb);;All files (*)</source>
        <translation>GeoPackage (*.gpkg);;矢量文件 (*.gpkg *.shp *.geojson *.json *.kml *.kmz *.gml *.dxf *.csv *.fgb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Add Layer</source>
        <translation>添加图层</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF (*.pdf);;PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>“%1”: choose a .png, .pdf or .svg file name.</source>
        <translation>“%1”：请选择 .png、.pdf 或 .svg 文件名。</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>GeoPackage project (*.gpkg)</source>
        <translation>GeoPackage 项目 (*.gpkg)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Cannot create a project: the Henan template (henan-demo.gpkg) was not found. Rebuild the workbench.</source>
        <translation>无法新建项目：找不到河南模板（henan-demo.gpkg）。请重新构建工作台。</translation>
    </message>
    <message>
        <source>Cannot replace “%1”: it is in use or protected.</source>
        <translation>无法替换“%1”：文件正在使用或受保护。</translation>
    </message>
    <message>
        <source>Cannot create “%1”: check that the folder exists and you may write there.</source>
        <translation>无法创建“%1”：请确认文件夹存在且有写入权限。</translation>
    </message>
</context>
<context>
    <name>ecoplan::Gazetteer</name>
    <message>
        <source>The gazetteer “%1” has no column “%2”.</source>
        <translation>地名表“%1”缺少“%2”列。</translation>
    </message>
    <message>
        <source>The gazetteer “%1”, row %2: no code or Chinese name.</source>
        <translation>地名表“%1”第 %2 行：缺少代码或中文名。</translation>
    </message>
    <message>
        <source>The gazetteer “%1”, row %2: unknown kind “%3”.</source>
        <translation>地名表“%1”第 %2 行：未知类别“%3”。</translation>
    </message>
    <message>
        <source>The gazetteer “%1”, row %2: code %3 appears twice.</source>
        <translation>地名表“%1”第 %2 行：代码 %3 重复。</translation>
    </message>
    <message>
        <source>The gazetteer “%1” holds no places.</source>
        <translation>地名表“%1”中没有地名。</translation>
    </message>
    <message>
        <source>The gazetteer cannot be read: %1</source>
        <translation>无法读取地名表：%1</translation>
    </message>
</context>
<context>
    <name>ecoplan::GeodesicMeasure</name>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 千米</translation>
    </message>
    <message>
        <source>%1 mu</source>
        <translation>%1 亩</translation>
    </message>
    <message>
        <source>%1 m² · %2</source>
        <translation>%1 平方米 · %2</translation>
    </message>
    <message>
        <source>%1 ha · %2</source>
        <translation>%1 公顷 · %2</translation>
    </message>
    <message>
        <source>%1 km² · %2</source>
        <translation>%1 平方千米 · %2</translation>
    </message>
</context>
<context>
    <name>ecoplan::GeometryEditor</name>
    <message>
        <source>A point feature takes exactly one click.</source>
        <translation>点要素只需单击一次。</translation>
    </message>
    <message>
        <source>A line needs at least 2 vertices; click more before finishing.</source>
        <translation>线至少需要 2 个顶点；请继续单击添加顶点后再完成。</translation>
    </message>
    <message>
        <source>A polygon needs at least 3 vertices; click more before finishing.</source>
        <translation>面至少需要 3 个顶点；请继续单击添加顶点后再完成。</translation>
    </message>
    <message>
        <source>A clicked point lies outside the area the layer's coordinate system covers.</source>
        <translation>单击的点超出了图层坐标系的适用范围。</translation>
    </message>
    <message>
        <source>This layer has no geometry type, so features cannot be drawn on it.</source>
        <translation>此图层没有几何类型，无法在其上绘制要素。</translation>
    </message>
    <message>
        <source>The drawn shape does not fit this layer's geometry type.</source>
        <translation>所绘形状与此图层的几何类型不符。</translation>
    </message>
    <message>
        <source>The feature's geometry cannot be read.</source>
        <translation>无法读取该要素的几何。</translation>
    </message>
    <message>
        <source>The feature has no such vertex; it may have been changed meanwhile.</source>
        <translation>该要素没有此顶点，可能已在此期间被修改。</translation>
    </message>
    <message>
        <source>The position lies outside the area the layer's coordinate system covers.</source>
        <translation>该位置超出了图层坐标系的适用范围。</translation>
    </message>
    <message>
        <source>A point has a single vertex; vertices can be added to lines and polygons only.</source>
        <translation>点只有一个顶点；只能向线和面添加顶点。</translation>
    </message>
    <message>
        <source>A point has a single vertex; delete the feature instead.</source>
        <translation>点只有一个顶点；请改为删除该要素。</translation>
    </message>
    <message>
        <source>The moved feature would lie outside the area the layer's coordinate system covers.</source>
        <translation>移动后的要素将超出图层坐标系的适用范围。</translation>
    </message>
    <message>
        <source>A feature of another geometry type (point, line or polygon) cannot be put into this layer.</source>
        <translation>其他几何类型（点、线或面）的要素不能放入此图层。</translation>
    </message>
    <message>
        <source>There is no transformation from %1 to %2.</source>
        <translation>没有从 %1 到 %2 的坐标转换。</translation>
    </message>
    <message>
        <source>A vertex cannot be transformed from %1 to %2.</source>
        <translation>有顶点无法从 %1 转换到 %2。</translation>
    </message>
    <message>
        <source>A feature of several parts cannot be put into a layer that holds single-part features.</source>
        <translation>多部件要素不能放入单部件图层。</translation>
    </message>
    <message>
        <source>A polygon ring needs at least 3 vertices and this one has only %1, so none can be deleted. Delete the feature instead.</source>
        <translation>面的环至少需要 3 个顶点，此环只有 %1 个，不能再删除顶点。请改为删除该要素。</translation>
    </message>
    <message>
        <source>A line needs at least 2 vertices and this one has only %1, so none can be deleted. Delete the feature instead.</source>
        <translation>线至少需要 2 个顶点，此线只有 %1 个，不能再删除顶点。请改为删除该要素。</translation>
    </message>
</context>
<context>
    <name>ecoplan::GeometryValidity</name>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1（位于 %2, %3）</translation>
    </message>
    <message>
        <source>GEOS cannot read the geometry</source>
        <translation>GEOS 无法读取该几何</translation>
    </message>
    <message>
        <source>points</source>
        <translation>点</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>线</translation>
    </message>
    <message>
        <source>polygons</source>
        <translation>面</translation>
    </message>
    <message>
        <source>a mixture of geometry types</source>
        <translation>多种几何类型的混合</translation>
    </message>
    <message>
        <source>The geometry cannot be read.</source>
        <translation>无法读取该几何。</translation>
    </message>
    <message>
        <source>The geometry is not valid: %1.</source>
        <translation>几何无效：%1。</translation>
    </message>
    <message>
        <source>The geometry could not be repaired: nothing would be left of it.</source>
        <translation>无法修复该几何：修复后几何为空。</translation>
    </message>
    <message>
        <source>The geometry could not be repaired: the repair gives %1, which this layer cannot hold.</source>
        <translation>无法修复该几何：修复结果为%1，此图层无法存放。</translation>
    </message>
    <message>
        <source>several separate parts</source>
        <translation>多个分离的部分</translation>
    </message>
    <message>
        <source>The geometry could not be repaired into a valid shape.</source>
        <translation>无法将该几何修复为有效形状。</translation>
    </message>
    <message>
        <source>Self-intersection</source>
        <translation>自相交</translation>
    </message>
    <message>
        <source>Ring self-intersection</source>
        <translation>环自相交</translation>
    </message>
    <message>
        <source>Hole lies outside shell</source>
        <translation>内环位于外环之外</translation>
    </message>
    <message>
        <source>Nested holes</source>
        <translation>内环相互嵌套</translation>
    </message>
    <message>
        <source>Interior is disconnected</source>
        <translation>内部不连通</translation>
    </message>
    <message>
        <source>Nested shells</source>
        <translation>外环相互嵌套</translation>
    </message>
    <message>
        <source>Duplicate rings</source>
        <translation>环重复</translation>
    </message>
    <message>
        <source>Too few points in a part</source>
        <translation>某一部分的点数过少</translation>
    </message>
    <message>
        <source>Invalid coordinate</source>
        <translation>坐标无效</translation>
    </message>
    <message>
        <source>Ring is not closed</source>
        <translation>环未闭合</translation>
    </message>
    <message>
        <source>Repeated point</source>
        <translation>重复点</translation>
    </message>
    <message>
        <source>Unknown problem</source>
        <translation>未知问题</translation>
    </message>
</context>
<context>
    <name>ecoplan::Glossary</name>
    <message>
        <source>The glossary “%1” has no column “%2”.</source>
        <translation>词表“%1”没有“%2”列。</translation>
    </message>
    <message>
        <source>The glossary “%1”, row %2: “%3” is empty.</source>
        <translation>词表“%1”第 %2 行：“%3”为空。</translation>
    </message>
    <message>
        <source>The glossary “%1”, row %2: “%3” already names “%4”.</source>
        <translation>词表“%1”第 %2 行：“%3”已是“%4”的名称。</translation>
    </message>
</context>
<context>
    <name>ecoplan::HistoryPanel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Select one feature to see its history.</source>
        <translation>选择一个要素以查看其历史记录。</translation>
    </message>
    <message>
        <source>“%1” is not stored in the project, so it has no history.</source>
        <translation>“%1”未存储在项目中，因此没有历史记录。</translation>
    </message>
    <message>
        <source>History of %1 feature %2</source>
        <translation>“%1”要素 %2 的历史记录</translation>
    </message>
    <message>
        <source>History of “%1” (%2, feature %3)</source>
        <translation>“%1”（%2，要素 %3）的历史记录</translation>
    </message>
    <message>
        <source>(shape)</source>
        <translation>（几何图形）</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>geometry</source>
        <translation>几何</translation>
    </message>
</context>
<context>
    <name>ecoplan::IdentifyPanel</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>No feature here</source>
        <translation>此处没有要素</translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation>要素 %1</translation>
    </message>
    <message>
        <source>(null)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>ecoplan::ImportActions</name>
    <message>
        <source>&amp;Layer</source>
        <translation>图层(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import rows from CSV, Excel or any vector file into a layer of the project</source>
        <translation>将 CSV、Excel 或任意矢量文件中的数据导入项目图层</translation>
    </message>
    <message>
        <source>The project was closed.</source>
        <translation>项目已关闭。</translation>
    </message>
    <message>
        <source>Import %1 rows into “%2”</source>
        <translation>导入 %1 行到“%2”</translation>
    </message>
</context>
<context>
    <name>ecoplan::ImportContext</name>
    <message>
        <source>Name the layer to import into.</source>
        <translation>请指定要导入的图层。</translation>
    </message>
</context>
<context>
    <name>ecoplan::ImportPlan</name>
    <message>
        <source>Import plan “%1”</source>
        <translation>导入规划“%1”</translation>
    </message>
    <message>
        <source>The plan was not imported.</source>
        <translation>规划未导入。</translation>
    </message>
</context>
<context>
    <name>ecoplan::ImportSource</name>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>GDAL cannot read it.</source>
        <translation>GDAL 无法读取该文件。</translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>无法打开 %1：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot open %1: you have no permission to read it.</source>
        <translation>无法打开 %1：您没有读取权限。</translation>
    </message>
    <message>
        <source>Unknown text encoding “%1”.</source>
        <translation>未知的文本编码“%1”。</translation>
    </message>
    <message>
        <source>%1 has fewer than %2 lines.</source>
        <translation>%1 不足 %2 行。</translation>
    </message>
    <message>
        <source>Cannot convert %1 to UTF-8: no room for a temporary copy.</source>
        <translation>无法将 %1 转换为 UTF-8：没有空间存放临时副本。</translation>
    </message>
    <message>
        <source>it is not a file GDAL can read.</source>
        <translation>这不是 GDAL 能读取的文件。</translation>
    </message>
    <message>
        <source>%1 holds no table or layer.</source>
        <translation>%1 中没有表或图层。</translation>
    </message>
    <message>
        <source>%1 has no sheet or layer “%2”.</source>
        <translation>%1 中没有工作表或图层“%2”。</translation>
    </message>
    <message>
        <source>%1 has no row %2 to take the column names from.</source>
        <translation>%1 没有可作为列名的第 %2 行。</translation>
    </message>
</context>
<context>
    <name>ecoplan::ImportWizard</name>
    <message>
        <source>value list</source>
        <translation>值列表</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Import Layer Data</source>
        <translation>导入图层数据</translation>
    </message>
    <message>
        <source>File and target layer</source>
        <translation>文件和目标图层</translation>
    </message>
    <message>
        <source>A CSV or Excel table, or any vector file (Shapefile, GeoJSON, KML/KMZ, GeoPackage, GML, DXF).</source>
        <translation>CSV 或 Excel 表格，或任意矢量文件（Shapefile、GeoJSON、KML/KMZ、GeoPackage、GML、DXF）。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Tables and vector files (*.csv *.txt *.xlsx *.shp *.geojson *.json *.kml *.kmz *.gpkg *.gml *.dxf);;All files (*)</source>
        <translation>表格和矢量文件 (*.csv *.txt *.xlsx *.shp *.geojson *.json *.kml *.kmz *.gpkg *.gml *.dxf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Rows go into the chosen layer. A name that is not in the list makes a new layer with the file's columns.</source>
        <translation>数据导入所选图层。输入列表中没有的名称将按文件的列新建图层。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Into layer:</source>
        <translation>导入到图层：</translation>
    </message>
    <message>
        <source>Sheet, header and encoding</source>
        <translation>工作表、表头和编码</translation>
    </message>
    <message>
        <source>Check that the names and Chinese text below read correctly; if they look garbled, choose another encoding.</source>
        <translation>请检查下方的列名和中文是否正确；如有乱码，请选择其他编码。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>GBK / GB18030</source>
        <translation>GBK / GB18030</translation>
    </message>
    <message>
        <source>Sheet or layer:</source>
        <translation>工作表或图层：</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>表头行：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Geometry and coordinate system</source>
        <translation>几何与坐标系</translation>
    </message>
    <message>
        <source>GCJ-02 (AMap, Tencent) and BD-09 (Baidu) coordinates are converted to WGS84/CGCS2000.</source>
        <translation>GCJ-02（高德、腾讯）和 BD-09（百度）坐标将转换为 WGS84/CGCS2000。</translation>
    </message>
    <message>
        <source>The file's own geometry</source>
        <translation>文件自带的几何</translation>
    </message>
    <message>
        <source>X and Y (longitude and latitude) columns</source>
        <translation>X、Y（经度、纬度）列</translation>
    </message>
    <message>
        <source>A WKT column</source>
        <translation>WKT 列</translation>
    </message>
    <message>
        <source>A county code or name column (placed inside the county)</source>
        <translation>县（市、区）代码或名称列（放在该县内）</translation>
    </message>
    <message>
        <source>As the file says (else WGS84)</source>
        <translation>按文件声明（否则为 WGS84）</translation>
    </message>
    <message>
        <source>WGS84 longitude/latitude (EPSG:4326)</source>
        <translation>WGS84 经纬度（EPSG:4326）</translation>
    </message>
    <message>
        <source>CGCS2000 longitude/latitude (EPSG:4490)</source>
        <translation>CGCS2000 经纬度（EPSG:4490）</translation>
    </message>
    <message>
        <source>CGCS2000 Gauss-Krüger 3°, zone number in X (e.g. 38512345.6)</source>
        <translation>CGCS2000 高斯-克吕格 3° 带，X 带带号（如 38512345.6）</translation>
    </message>
    <message>
        <source>CGCS2000 Gauss-Krüger 3°, central meridian %1°E, no zone number (EPSG:%2)</source>
        <translation>CGCS2000 高斯-克吕格 3° 带，中央经线 %1°E，不带带号（EPSG:%2）</translation>
    </message>
    <message>
        <source>Web Mercator (EPSG:3857)</source>
        <translation>Web 墨卡托（EPSG:3857）</translation>
    </message>
    <message>
        <source>GCJ-02 (AMap, Tencent)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <source>BD-09 (Baidu)</source>
        <translation>BD-09（百度）</translation>
    </message>
    <message>
        <source>Geometry from:</source>
        <translation>几何来源：</translation>
    </message>
    <message>
        <source>X / longitude column:</source>
        <translation>X / 经度列：</translation>
    </message>
    <message>
        <source>Y / latitude column:</source>
        <translation>Y / 纬度列：</translation>
    </message>
    <message>
        <source>WKT column:</source>
        <translation>WKT 列：</translation>
    </message>
    <message>
        <source>County column:</source>
        <translation>县（市、区）列：</translation>
    </message>
    <message>
        <source>Coordinate system:</source>
        <translation>坐标系：</translation>
    </message>
    <message>
        <source>Columns to fields</source>
        <translation>列与字段对应</translation>
    </message>
    <message>
        <source>Choose the column that fills each field. The first %1 rows are checked at once.</source>
        <translation>为每个字段选择数据来源列。将立即检查前 %1 行。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From column</source>
        <translation>来源列</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Convert and preview</source>
        <translation>转换并预览</translation>
    </message>
    <message>
        <source>Nothing is written yet: check the rows on the map, then press Import.</source>
        <translation>尚未写入任何数据：请在地图上检查后点击“导入”。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Save Rejected Rows…</source>
        <translation>保存未导入的行…</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>保存未导入的行</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-未导入</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel 用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <source>Choose or name the layer to import into.</source>
        <translation>请选择或输入要导入的图层。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <source>%1 file, %2 rows.</source>
        <translation>%1 文件，%2 行。</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>按 %1 读取。</translation>
    </message>
    <message>
        <source>Layer “%1” is new: it gets the file's %2 columns as text fields.</source>
        <translation>图层“%1”为新建图层：文件的 %2 列将作为文本字段。</translation>
    </message>
    <message>
        <source>— (default)</source>
        <translation>—（默认值）</translation>
    </message>
    <message>
        <source>Of the first %1 rows, %2 can be imported and %3 cannot.</source>
        <translation>前 %1 行中，%2 行可以导入，%3 行不能。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Reading and converting the rows…</source>
        <translation>正在读取并转换数据…</translation>
    </message>
    <message>
        <source>The conversion failed.</source>
        <translation>转换失败。</translation>
    </message>
    <message>
        <source>Stopped: nothing will be imported. Go Back and Next to start again.</source>
        <translation>已停止：不会导入任何数据。点击“上一步”再“下一步”可重新开始。</translation>
    </message>
    <message>
        <source>%1 of %2 rows can be imported into “%3”; %4 cannot (listed after the import). The new rows are drawn in red.</source>
        <translation>%2 行中有 %1 行可导入“%3”；%4 行不能（导入后列出）。新数据以红色显示。</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>待导入的数据</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows into “%3”; %4 rows were rejected.%5</source>
        <translation>已将 %2 行中的 %1 行导入“%3”；%4 行未导入。%5</translation>
    </message>
    <message>
        <source>Edit &gt; Undo removes the import again.</source>
        <translation>“编辑 &gt; 撤销”可撤回本次导入。</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>尚未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>ecoplan::Importer</name>
    <message>
        <source>“%1” has no geometry of its own: choose the x/y, WKT or county columns.</source>
        <translation>“%1”没有自带几何：请选择 x/y、WKT 或县（市、区）列。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows into “%3”; rejected %4.</source>
        <translation>已将 %2 行中的 %1 行导入“%3”；%4 行未导入。</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>ecoplan::LayerListModel</name>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>%1
Source: %2
Features: %3</source>
        <translation>%1
来源：%2
要素数：%3</translation>
    </message>
</context>
<context>
    <name>ecoplan::LayerPanel</name>
    <message>
        <source>&amp;Zoom to Layer</source>
        <translation>缩放到图层(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>属性(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Remove Layer</source>
        <translation>移除图层(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Attribute Table</source>
        <translation>打开属性表(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ecoplan::LayerPropertiesDialog</name>
    <message>
        <source>Points</source>
        <translation>点</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>线</translation>
    </message>
    <message>
        <source>Polygons</source>
        <translation>面</translation>
    </message>
    <message>
        <source>No geometry</source>
        <translation>无几何</translation>
    </message>
    <message>
        <source>Layer Properties — %1</source>
        <translation>图层属性 — %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Layer in file:</source>
        <translation>文件中的图层：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>访问：</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>editable</source>
        <translation>可编辑</translation>
    </message>
    <message>
        <source>Geometry:</source>
        <translation>几何类型：</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>要素数：</translation>
    </message>
    <message>
        <source>Vertices:</source>
        <translation>节点数：</translation>
    </message>
    <message>
        <source>Stored in CRS:</source>
        <translation>存储坐标系：</translation>
    </message>
    <message>
        <source>Extent (lon/lat):</source>
        <translation>范围（经纬度）：</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>许可：</translation>
    </message>
    <message>
        <source>Stated accuracy:</source>
        <translation>标称精度：</translation>
    </message>
    <message>
        <source>Vintage:</source>
        <translation>数据年份：</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>样式</translation>
    </message>
    <message>
        <source>Features can be selected on the map</source>
        <translation>可在地图上选择要素</translation>
    </message>
    <message>
        <source>Clear it for a background layer, so that clicks and boxes of the Select tool pass through to the layers under it</source>
        <translation>底图图层可取消勾选，使选择工具的点选和框选穿过它，落到下面的图层</translation>
    </message>
    <message>
        <source>Selection:</source>
        <translation>选择：</translation>
    </message>
</context>
<context>
    <name>ecoplan::LayerStylePage</name>
    <message>
        <source>Yellow – orange – red</source>
        <translation>黄—橙—红</translation>
    </message>
    <message>
        <source>Light to dark blue</source>
        <translation>浅蓝到深蓝</translation>
    </message>
    <message>
        <source>Yellow – green – blue</source>
        <translation>黄—绿—蓝</translation>
    </message>
    <message>
        <source>Light to dark green</source>
        <translation>浅绿到深绿</translation>
    </message>
    <message>
        <source>Red – yellow – green</source>
        <translation>红—黄—绿</translation>
    </message>
</context>
<context>
    <name>ecoplan::LayerStyleTable</name>
    <message>
        <source>The project has no style table; it was made by an older workbench.</source>
        <translation>项目中没有样式表，它是由旧版工作台创建的。</translation>
    </message>
    <message>
        <source>The project could not be locked for writing: %1</source>
        <translation>无法锁定项目以写入：%1</translation>
    </message>
    <message>
        <source>The style of “%1” was not saved: %2</source>
        <translation>“%1”的样式未保存：%2</translation>
    </message>
</context>
<context>
    <name>ecoplan::MainWindow</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About EcoPlan Workbench</source>
        <translation>关于生态规划工作台(&amp;A)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Identify Results</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>正在绘制…</translation>
    </message>
    <message>
        <source>This project is open read-only: %1.</source>
        <translation>本项目以只读方式打开：%1。</translation>
    </message>
    <message>
        <source>EcoPlan Workbench</source>
        <translation>生态规划工作台</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [只读]</translation>
    </message>
    <message>
        <source>About EcoPlan Workbench</source>
        <translation>关于生态规划工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;EcoPlan Workbench %1&lt;/h3&gt;&lt;p&gt;Henan's environmental action plans on the map.&lt;/p&gt;&lt;p&gt;Built with Qt %2, GDAL, PROJ and GEOS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bundled reference data&lt;/b&gt; (see data/reference/PROVENANCE.md):&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;&lt;p&gt;English/pinyin names: generated with pinyin-pro (MIT) and checked by hand (data/names/PROVENANCE.md).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;生态规划工作台 %1&lt;/h3&gt;&lt;p&gt;把河南省生态环境行动方案落到地图上。&lt;/p&gt;&lt;p&gt;基于 Qt %2、GDAL、PROJ 与 GEOS 构建。&lt;/p&gt;&lt;p&gt;&lt;b&gt;内置参考数据&lt;/b&gt;（见 data/reference/PROVENANCE.md）：&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;&lt;p&gt;英文/拼音地名：由 pinyin-pro（MIT）生成并经人工核对（data/names/PROVENANCE.md）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;(no project open)&lt;/li&gt;</source>
        <translation>&lt;li&gt;（未打开项目）&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Your &amp;Name in the Audit Log…</source>
        <translation>审计日志中的署名(&amp;N)…</translation>
    </message>
    <message>
        <source>&lt;project opened&gt;</source>
        <translation>&lt;项目已打开&gt;</translation>
    </message>
    <message>
        <source>Feature History</source>
        <translation>要素历史</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <source>Your Name in the Audit Log</source>
        <translation>审计日志中的署名</translation>
    </message>
    <message>
        <source>Name recorded with each of your changes (empty: the computer's user name, %1):</source>
        <translation>每次修改所记录的姓名（留空则使用计算机用户名 %1）：</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>规划</translation>
    </message>
</context>
<context>
    <name>ecoplan::MapExporter</name>
    <message>
        <source>Cannot write “%1”: check that the folder exists and you may write there.</source>
        <translation>无法写入“%1”：请确认文件夹存在且有写入权限。</translation>
    </message>
    <message>
        <source>“%1”: choose a .png, .pdf or .svg file name.</source>
        <translation>“%1”：请选择 .png、.pdf 或 .svg 文件名。</translation>
    </message>
</context>
<context>
    <name>ecoplan::MeasureTool</name>
    <message>
        <source>Distance %1</source>
        <translation>距离 %1</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>面积 %1</translation>
    </message>
</context>
<context>
    <name>ecoplan::MoveFeatureTool</name>
    <message>
        <source>Move feature</source>
        <translation>移动要素</translation>
    </message>
</context>
<context>
    <name>ecoplan::OgrLayerReader</name>
    <message>
        <source>%1, layer “%2”: no coordinate system is given; assuming WGS 84 longitude/latitude (EPSG:4326).</source>
        <translation>%1 的图层“%2”未给出坐标系，按 WGS 84 经纬度（EPSG:4326）处理。</translation>
    </message>
    <message>
        <source>Cannot read layer “%1” of %2: %3</source>
        <translation>无法读取 %2 的图层“%1”：%3</translation>
    </message>
    <message>
        <source>%1, layer “%2” has no geometry; it is listed but not drawn.</source>
        <translation>%1 的图层“%2”没有几何，只列出不绘制。</translation>
    </message>
</context>
<context>
    <name>ecoplan::PlanActions</name>
    <message>
        <source>All plans (%1)</source>
        <translation>全部规划（%1 个）</translation>
    </message>
    <message>
        <source>Export Task List</source>
        <translation>导出任务清单</translation>
    </message>
    <message>
        <source>Tasks of:</source>
        <translation>导出哪个规划的任务：</translation>
    </message>
    <message>
        <source>EcoPlan Workbench</source>
        <translation>生态规划工作台</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>规划(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import Plan Document…</source>
        <translation>导入规划文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Read an action plan (.txt, .docx or .pdf), check it and store it in the project</source>
        <translation>读取行动方案（.txt、.docx 或 .pdf），核对后存入项目</translation>
    </message>
    <message>
        <source>&amp;Export Task List…</source>
        <translation>导出任务清单(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the plans' tasks and targets to an Excel (.xlsx) or CSV file</source>
        <translation>将规划的任务和目标写入 Excel（.xlsx）或 CSV 文件</translation>
    </message>
    <message>
        <source>Import Plan Document</source>
        <translation>导入规划文件</translation>
    </message>
    <message>
        <source>Plan documents (*.txt *.docx *.pdf);;All files (*)</source>
        <translation>规划文件 (*.txt *.docx *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Reading and parsing %1…</source>
        <translation>正在读取并解析 %1…</translation>
    </message>
    <message>
        <source>Stop Waiting</source>
        <translation>停止等待</translation>
    </message>
    <message>
        <source>Plan import cancelled.</source>
        <translation>已取消导入规划。</translation>
    </message>
    <message>
        <source>The plan could not be imported.
%1</source>
        <translation>规划未能导入。
%1</translation>
    </message>
    <message>
        <source>The project was closed while %1 was being reviewed; nothing was imported.</source>
        <translation>核对 %1 期间项目已关闭，未导入任何内容。</translation>
    </message>
    <message>
        <source>Open a project file that can be changed to import a plan.</source>
        <translation>请打开一个可修改的项目文件再导入规划。</translation>
    </message>
    <message>
        <source>The plan %1 could not be stored: %2</source>
        <translation>规划 %1 未能保存：%2</translation>
    </message>
    <message>
        <source>Imported plan %1: %2 tasks</source>
        <translation>已导入规划 %1：%2 项任务</translation>
    </message>
    <message>
        <source>The project holds no plans yet: import one with Plan &gt; Import Plan Document.</source>
        <translation>项目中还没有规划：请用“规划 &gt; 导入规划文件”导入。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Open a project file to export its tasks.</source>
        <translation>请先打开项目文件再导出任务。</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
</context>
<context>
    <name>ecoplan::PlanCategory</name>
    <message>
        <source>Air</source>
        <translation>大气</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>水</translation>
    </message>
    <message>
        <source>Soil</source>
        <translation>土壤</translation>
    </message>
    <message>
        <source>Ecology</source>
        <translation>生态</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>交通</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能源</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>产业</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>农业</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>监管</translation>
    </message>
</context>
<context>
    <name>ecoplan::PlanDocumentReader</name>
    <message>
        <source>no gazetteer found</source>
        <translation>未找到地名表</translation>
    </message>
    <message>
        <source>places are not resolved: %1</source>
        <translation>地名未能匹配：%1</translation>
    </message>
</context>
<context>
    <name>ecoplan::PlanNodeEditor</name>
    <message>
        <source>One per line</source>
        <translation>每行一个</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; several separated by “;”</source>
        <translation>YYYY-MM-DD；多个用“;”分隔</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;English title:</source>
        <translation>英文标题(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Deadlines:</source>
        <translation>完成时限(&amp;D)：</translation>
    </message>
    <message>
        <source>De&amp;partments</source>
        <translation>责任单位(&amp;P)</translation>
    </message>
    <message>
        <source>Tar&amp;gets</source>
        <translation>目标(&amp;G)</translation>
    </message>
    <message>
        <source>P&amp;laces</source>
        <translation>地点(&amp;L)</translation>
    </message>
    <message>
        <source>Full Te&amp;xt</source>
        <translation>全文(&amp;X)</translation>
    </message>
    <message>
        <source>Lead (牵头)</source>
        <translation>牵头</translation>
    </message>
    <message>
        <source>Cooperating (配合)</source>
        <translation>配合</translation>
    </message>
    <message>
        <source>Responsible (负责落实)</source>
        <translation>负责落实</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Add Place</source>
        <translation>添加地点</translation>
    </message>
    <message>
        <source>Remove Place</source>
        <translation>删除地点</translation>
    </message>
    <message>
        <source>Places without a code are not in the gazetteer and are not linked to the map.</source>
        <translation>没有代码的地点不在地名表中，不会关联到地图。</translation>
    </message>
    <message>
        <source>Not found in the gazetteer</source>
        <translation>地名表中未找到</translation>
    </message>
    <message>
        <source>Tar&amp;gets (%1)</source>
        <translation>目标(&amp;G)（%1）</translation>
    </message>
    <message>
        <source>P&amp;laces (%1)</source>
        <translation>地点(&amp;L)（%1）</translation>
    </message>
    <message>
        <source>“%1” is not a date: write deadlines as YYYY-MM-DD.</source>
        <translation>“%1”不是日期：完成时限请写成 YYYY-MM-DD。</translation>
    </message>
</context>
<context>
    <name>ecoplan::PlanParser</name>
    <message>
        <source>The plan document is empty.</source>
        <translation>规划文件为空。</translation>
    </message>
    <message>
        <source>The plan document does not look like text (binary data or a wrong encoding).</source>
        <translation>规划文件不像文本（二进制数据或编码错误）。</translation>
    </message>
    <message>
        <source>No numbered tasks found: expected headings such as 一、, (一), 1. or "Action 1".</source>
        <translation>未找到编号任务：应有“一、”“（一）”“1.”或“Action 1”之类的标题。</translation>
    </message>
    <message>
        <source>Task %1 names no responsible party; assumed the plan's default: %2</source>
        <translation>任务 %1 未写明责任单位，按本规划的默认责任单位处理：%2</translation>
    </message>
    <message>
        <source>The plan's title was not found.</source>
        <translation>未找到规划标题。</translation>
    </message>
</context>
<context>
    <name>ecoplan::PlanPreviewDialog</name>
    <message>
        <source>Import Plan — %1</source>
        <translation>导入规划 — %1</translation>
    </message>
    <message>
        <source>What the reader guessed (%1)</source>
        <translation>读取时推断的内容（%1 条）</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>Pla&amp;n title:</source>
        <translation>规划标题(&amp;N)：</translation>
    </message>
    <message>
        <source>English title:</source>
        <translation>英文标题：</translation>
    </message>
    <message>
        <source>Document n&amp;umber:</source>
        <translation>文号(&amp;U)：</translation>
    </message>
    <message>
        <source>Issued &amp;on:</source>
        <translation>印发日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>印发机关：</translation>
    </message>
    <message>
        <source>Goal&amp;s:</source>
        <translation>主要目标(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Remove Node</source>
        <translation>删除节点(&amp;R)</translation>
    </message>
    <message>
        <source>Drop a part, section or task the reader found by mistake, with what is under it</source>
        <translation>删除误识别的部分、章节或任务及其下级内容</translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation>任务：%1 项</translation>
    </message>
    <message>
        <source>Correct this before importing:</source>
        <translation>导入前请更正：</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……另有 %1 处。</translation>
    </message>
</context>
<context>
    <name>ecoplan::PlanPreviewModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
</context>
<context>
    <name>ecoplan::PlanProblems</name>
    <message>
        <source>%1: target %2 has no indicator.</source>
        <translation>%1：目标 %2 缺少指标。</translation>
    </message>
    <message>
        <source>%1: target %2 (%3) needs a comparator: &lt;, &lt;=, =, &gt;= or &gt;.</source>
        <translation>%1：目标 %2（%3）需要比较符：&lt;、&lt;=、=、&gt;= 或 &gt;。</translation>
    </message>
    <message>
        <source>%1 has no title.</source>
        <translation>%1 没有标题。</translation>
    </message>
    <message>
        <source>%1 names no lead department and no responsible party.</source>
        <translation>%1 未写明牵头单位，也未写明责任单位。</translation>
    </message>
    <message>
        <source>Part %1%2</source>
        <translation>部分 %1%2</translation>
    </message>
    <message>
        <source>Section %1%2</source>
        <translation>章节 %1%2</translation>
    </message>
    <message>
        <source>Task %1%2</source>
        <translation>任务 %1%2</translation>
    </message>
    <message>
        <source>The plan has no title.</source>
        <translation>规划没有标题。</translation>
    </message>
    <message>
        <source>The plan's goals</source>
        <translation>规划主要目标</translation>
    </message>
</context>
<context>
    <name>ecoplan::PlanReader</name>
    <message>
        <source>The plans could not be read: %1</source>
        <translation>无法读取规划：%1</translation>
    </message>
</context>
<context>
    <name>ecoplan::PlanTaskDetail</name>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>Select a plan or task to see what it says.</source>
        <translation>选择一个规划或任务以查看其内容。</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>项目以只读方式打开。</translation>
    </message>
    <message>
        <source>Confirm that this task carries out the suggested province task</source>
        <translation>确认本任务落实的是建议的省级任务</translation>
    </message>
    <message>
        <source>Choose the province task this task carries out</source>
        <translation>选择本任务落实的省级任务</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>Title as written</source>
        <translation>原文标题</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <source>Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>印发机关</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>规划期</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Cooperating</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Implemented by</source>
        <translation>落实任务</translation>
    </message>
    <message>
        <source>No city task is linked yet.</source>
        <translation>尚无市级任务关联。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>&lt;b&gt;Implements&lt;/b&gt; %1 — &lt;i&gt;%2&lt;/i&gt;</source>
        <translation>&lt;b&gt;落实&lt;/b&gt; %1 — &lt;i&gt;%2&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Implements&lt;/b&gt; no province task yet.</source>
        <translation>&lt;b&gt;落实&lt;/b&gt;：尚未关联省级任务。</translation>
    </message>
    <message>
        <source>%1 (as written: %2)</source>
        <translation>%1（原文：%2）</translation>
    </message>
</context>
<context>
    <name>ecoplan::PlanTitles</name>
    <message>
        <source>The title translations cannot be read: %1</source>
        <translation>无法读取标题译文：%1</translation>
    </message>
    <message>
        <source>The title translations “%1” have no column “path”.</source>
        <translation>标题译文“%1”缺少“path”列。</translation>
    </message>
    <message>
        <source>The title translations “%1”, row %2: the plan has no node “%3”.</source>
        <translation>标题译文“%1”第 %2 行：规划中没有节点“%3”。</translation>
    </message>
</context>
<context>
    <name>ecoplan::PlanTreeModel</name>
    <message>
        <source>Plan / task</source>
        <translation>规划 / 任务</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头单位</translation>
    </message>
</context>
<context>
    <name>ecoplan::PlanWriter</name>
    <message>
        <source>the project has no task_targets table</source>
        <translation>项目中没有 task_targets 表</translation>
    </message>
    <message>
        <source>a target could not be written</source>
        <translation>无法写入目标</translation>
    </message>
    <message>
        <source>the project has no plan_tasks table</source>
        <translation>项目中没有 plan_tasks 表</translation>
    </message>
    <message>
        <source>task %1 could not be written</source>
        <translation>无法写入任务 %1</translation>
    </message>
    <message>
        <source>The project has no plans table; it was made by an older workbench.</source>
        <translation>项目中没有 plans 表，它是由旧版工作台创建的。</translation>
    </message>
    <message>
        <source>The project could not be locked for writing: %1</source>
        <translation>无法锁定项目以写入：%1</translation>
    </message>
    <message>
        <source>The plan was not imported: %1</source>
        <translation>规划未导入：%1</translation>
    </message>
    <message>
        <source>GDAL refused the plan row</source>
        <translation>GDAL 拒绝写入规划记录</translation>
    </message>
    <message>
        <source>the transaction could not be committed</source>
        <translation>事务未能提交</translation>
    </message>
    <message>
        <source>The project has no plans table.</source>
        <translation>项目中没有规划表。</translation>
    </message>
    <message>
        <source>The plan was not removed: %1</source>
        <translation>规划未删除：%1</translation>
    </message>
</context>
<context>
    <name>ecoplan::PlansPanel</name>
    <message>
        <source>Tasks naming this department as lead, cooperating or responsible</source>
        <translation>该单位牵头、配合或负责的任务</translation>
    </message>
    <message>
        <source>Tasks by deadline</source>
        <translation>按完成时限筛选任务</translation>
    </message>
    <message>
        <source>Tasks naming this place; a city takes in its counties</source>
        <translation>涉及该地的任务；市包括其所辖县（市、区）</translation>
    </message>
    <message>
        <source>Tasks of this category</source>
        <translation>该类别的任务</translation>
    </message>
    <message>
        <source>Search tasks: Chinese, pinyin or English</source>
        <translation>搜索任务：中文、拼音或英文</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>全部地点</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>无完成时限</translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation>%1 年内到期</translation>
    </message>
    <message>
        <source>Due by the end of %1</source>
        <translation>%1 年底前到期</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>任意完成时限</translation>
    </message>
    <message>
        <source>There is no province plan in this project to link to.</source>
        <translation>本项目中没有可关联的省级规划。</translation>
    </message>
    <message>
        <source>Province Task Implemented</source>
        <translation>落实的省级任务</translation>
    </message>
    <message>
        <source>The province task this task carries out:</source>
        <translation>本任务落实的省级任务：</translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation>任务：%1 项</translation>
    </message>
    <message>
        <source>Tasks shown: %1 of %2</source>
        <translation>显示任务：%1 / %2</translation>
    </message>
</context>
<context>
    <name>ecoplan::ProgressEdits</name>
    <message>
        <source>Task links are kept only in a project file.</source>
        <translation>任务关联只能保存在项目文件中。</translation>
    </message>
    <message>
        <source>The project is read-only: %1</source>
        <translation>项目为只读：%1</translation>
    </message>
    <message>
        <source>There is no task %1 in the project.</source>
        <translation>项目中没有任务 %1。</translation>
    </message>
    <message>
        <source>The project has no layer “%1”.</source>
        <translation>项目中没有图层“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n place(s) to task %1</source>
        <translation>
            <numerusform>将 %n 处地点关联到任务 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no task link %1 in the project.</source>
        <translation>项目中没有任务关联 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Detach %n place(s)</source>
        <translation>
            <numerusform>解除 %n 处地点的关联</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit task link</source>
        <translation>编辑任务关联</translation>
    </message>
    <message>
        <source>A progress record needs a date.</source>
        <translation>进展记录需要日期。</translation>
    </message>
    <message>
        <source>Delete progress record</source>
        <translation>删除进展记录</translation>
    </message>
</context>
<context>
    <name>ecoplan::ProgressReader</name>
    <message>
        <source>the task links could not be read</source>
        <translation>无法读取任务关联</translation>
    </message>
    <message>
        <source>the progress records could not be read</source>
        <translation>无法读取进展记录</translation>
    </message>
    <message>
        <source>the photos could not be read</source>
        <translation>无法读取照片</translation>
    </message>
</context>
<context>
    <name>ecoplan::ProgressStatuses</name>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>推进中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>受阻</translation>
    </message>
</context>
<context>
    <name>ecoplan::Project</name>
    <message>
        <source>the layers were opened from files that are not a project</source>
        <translation>图层来自非项目文件</translation>
    </message>
    <message>
        <source>These layers were opened from files that are not a project; they cannot be edited.</source>
        <translation>这些图层来自非项目文件，不能编辑。</translation>
    </message>
    <message>
        <source>The change was saved, but layer “%1” could not be re-read: %2</source>
        <translation>修改已保存，但无法重新读取图层“%1”：%2</translation>
    </message>
    <message>
        <source>Plans can only be imported into a project file.</source>
        <translation>规划只能导入到项目文件中。</translation>
    </message>
    <message>
        <source>These layers are not a project.</source>
        <translation>这些图层不属于项目文件。</translation>
    </message>
    <message>
        <source>There is no layer “%1”.</source>
        <translation>不存在图层“%1”。</translation>
    </message>
    <message>
        <source>The progress records could not be read: %1</source>
        <translation>无法读取进展记录：%1</translation>
    </message>
</context>
<context>
    <name>ecoplan::ProjectLoader</name>
    <message>
        <source>Province boundary</source>
        <translation>省界</translation>
    </message>
    <message>
        <source>Prefecture-level cities</source>
        <translation>地级市</translation>
    </message>
    <message>
        <source>Counties and districts</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Rivers</source>
        <translation>河流</translation>
    </message>
    <message>
        <source>Lakes and reservoirs</source>
        <translation>湖泊与水库</translation>
    </message>
    <message>
        <source>South-to-North canal (schematic)</source>
        <translation>南水北调中线总干渠（示意）</translation>
    </message>
    <message>
        <source>Sewage outfalls</source>
        <translation>入河排污口</translation>
    </message>
    <message>
        <source>Historical mines</source>
        <translation>历史遗留矿山</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>村庄</translation>
    </message>
    <message>
        <source>Canal protection zones</source>
        <translation>总干渠保护区</translation>
    </message>
</context>
<context>
    <name>ecoplan::ProjectSchema</name>
    <message>
        <source>%1 was written by a newer EcoPlan Workbench (project schema %2; this version reads up to %3). Update the workbench to open it.</source>
        <translation>%1 由更新版本的生态规划工作台写入（项目结构 %2；本版本最高支持 %3）。请升级工作台后再打开。</translation>
    </message>
    <message>
        <source>Cannot change %1: it could not be locked for writing.</source>
        <translation>无法修改 %1：无法锁定文件以写入。</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to project schema %2: %3. The file was left unchanged.</source>
        <translation>无法将 %1 升级到项目结构 %2：%3。文件保持原样。</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2. The file was left unchanged.</source>
        <translation>无法升级 %1：%2。文件保持原样。</translation>
    </message>
    <message>
        <source>Cannot write %1: the upgrade could not be committed.</source>
        <translation>无法写入 %1：升级未能提交。</translation>
    </message>
</context>
<context>
    <name>ecoplan::ProjectStore</name>
    <message>
        <source>it is on a read-only medium</source>
        <translation>文件位于只读介质上</translation>
    </message>
    <message>
        <source>you have no permission to change it</source>
        <translation>您没有修改该文件的权限</translation>
    </message>
    <message>
        <source>its folder is not writable</source>
        <translation>所在文件夹不可写</translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>无法打开 %1：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder, not a project file.</source>
        <translation>无法打开 %1：这是文件夹，不是项目文件。</translation>
    </message>
    <message>
        <source>Cannot open %1: you have no permission to read it.</source>
        <translation>无法打开 %1：您没有读取权限。</translation>
    </message>
    <message>
        <source>Cannot open %1 as a project: it is not a GeoPackage (not an SQLite database). To view other vector files use File &gt; Add Layer.</source>
        <translation>无法将 %1 作为项目打开：它不是 GeoPackage（不是 SQLite 数据库）。查看其他矢量文件请用“文件 &gt; 添加图层”。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot open %1: another program is writing to it and holds a lock. Close that program or wait until it has finished, then open the file again.</source>
        <translation>无法打开 %1：另一个程序正在写入并锁定了该文件。请关闭该程序或等待其完成后再打开。</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is damaged (%2). Open a backup copy instead.</source>
        <translation>无法打开 %1：文件已损坏（%2）。请改用备份副本。</translation>
    </message>
    <message>
        <source>Cannot open %1 as a project: it is an SQLite database but not a GeoPackage.</source>
        <translation>无法将 %1 作为项目打开：它是 SQLite 数据库，但不是 GeoPackage。</translation>
    </message>
    <message>
        <source>Cannot open %1 as a GeoPackage: %2</source>
        <translation>无法将 %1 作为 GeoPackage 打开：%2</translation>
    </message>
    <message>
        <source>GDAL could not read it.</source>
        <translation>GDAL 无法读取。</translation>
    </message>
    <message>
        <source>%1 has no layer “%2”.</source>
        <translation>%1 中没有图层“%2”。</translation>
    </message>
    <message>
        <source>%1 is the open project; choose another name.</source>
        <translation>%1 是当前打开的项目，请换一个文件名。</translation>
    </message>
    <message>
        <source>Cannot save %1: its folder does not exist or is not writable.</source>
        <translation>无法保存 %1：文件夹不存在或不可写。</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>the copy was not written.</source>
        <translation>副本未写入。</translation>
    </message>
    <message>
        <source>Cannot replace %1: it is in use or protected.</source>
        <translation>无法替换 %1：文件正在使用或受保护。</translation>
    </message>
    <message>
        <source>Cannot save %1: the copy could not be renamed.</source>
        <translation>无法保存 %1：副本无法重命名。</translation>
    </message>
    <message>
        <source>it is open for editing in another EcoPlan Workbench (process %1 on %2)</source>
        <translation>另一个生态规划工作台正在编辑它（%2 上的进程 %1）</translation>
    </message>
    <message>
        <source>its lock file could not be created</source>
        <translation>无法创建其锁文件</translation>
    </message>
    <message>
        <source>%1 is on a network drive: edits are written with SQLite's rollback journal instead of WAL, which is slower. Keep only one workbench editing it at a time.</source>
        <translation>%1 位于网络驱动器上：编辑改用 SQLite 回滚日志而非 WAL 写入，速度较慢。请同一时间只在一个工作台中编辑。</translation>
    </message>
    <message>
        <source>%1 is open read-only (%2); the change was not made.</source>
        <translation>%1 以只读方式打开（%2），修改未执行。</translation>
    </message>
    <message>
        <source>%1 was opened for viewing only; the change was not made.</source>
        <translation>%1 仅以查看方式打开，修改未执行。</translation>
    </message>
    <message>
        <source>%1: SQLite could not switch to WAL; edits use the rollback journal.</source>
        <translation>%1：SQLite 无法切换到 WAL，编辑改用回滚日志。</translation>
    </message>
    <message>
        <source>The filter “%1” must be a single expression without “%2”.</source>
        <translation>过滤条件“%1”必须是单个表达式，且不能包含“%2”。</translation>
    </message>
    <message>
        <source>The filter could not run: %1</source>
        <translation>无法执行过滤：%1</translation>
    </message>
    <message>
        <source>The filter “%1” is not valid: %2</source>
        <translation>过滤条件“%1”无效：%2</translation>
    </message>
    <message>
        <source>SQLite refused it.</source>
        <translation>SQLite 拒绝执行。</translation>
    </message>
    <message>
        <source>%1: the coordinate system %2 is not known.</source>
        <translation>%1：未知的坐标系 %2。</translation>
    </message>
    <message>
        <source>%1: layer “%2” cannot be created: %3</source>
        <translation>%1：无法创建图层“%2”：%3</translation>
    </message>
    <message>
        <source>%1: field “%2” cannot be created: %3</source>
        <translation>%1：无法创建字段“%2”：%3</translation>
    </message>
    <message>
        <source>%1 is open read-only; layer “%2” was not created.</source>
        <translation>%1 以只读方式打开；未创建图层“%2”。</translation>
    </message>
    <message>
        <source>%1 already has a table “%2”.</source>
        <translation>%1 中已有表“%2”。</translation>
    </message>
</context>
<context>
    <name>ecoplan::ProtectionZoneLayer</name>
    <message>
        <source>The project has no South-to-North canal centreline (layer snwd_canal).</source>
        <translation>项目中没有南水北调总干渠中心线（图层 snwd_canal）。</translation>
    </message>
</context>
<context>
    <name>ecoplan::ProtectionZones</name>
    <message>
        <source>%1 must be between 0 and 10,000 m, not %2.</source>
        <translation>%1应在 0 到 10000 米之间，而不是 %2。</translation>
    </message>
    <message>
        <source>The primary zone needs a width on both sides.</source>
        <translation>一级保护区两侧都需要宽度。</translation>
    </message>
    <message>
        <source>The canal's centreline is missing or not a valid line.</source>
        <translation>总干渠中心线缺失或不是有效的线。</translation>
    </message>
    <message>
        <source>The boundary of %1 cannot be read.</source>
        <translation>无法读取%1的边界。</translation>
    </message>
    <message>
        <source>The canal crosses none of the given areas.</source>
        <translation>总干渠未穿过所给的任何区域。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the stretch of canal is not a valid line.</source>
        <translation>%1：该段总干渠不是有效的线。</translation>
    </message>
    <message>
        <source>%1: PROJ cannot project the canal.</source>
        <translation>%1：PROJ 无法投影总干渠。</translation>
    </message>
    <message>
        <source>%1: GEOS could not buffer the canal.</source>
        <translation>%1：GEOS 无法生成总干渠缓冲区。</translation>
    </message>
    <message>
        <source>%1: GEOS could not build the %2 zone.</source>
        <translation>%1：GEOS 无法生成%2保护区。</translation>
    </message>
    <message>
        <source>%1: PROJ cannot project the zone back.</source>
        <translation>%1：PROJ 无法将保护区投影回经纬度。</translation>
    </message>
    <message>
        <source>%1: the %2 zone is not a valid polygon.</source>
        <translation>%1：%2保护区不是有效的多边形。</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>一级</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>二级</translation>
    </message>
</context>
<context>
    <name>ecoplan::ProtectionZonesDialog</name>
    <message>
        <source>Canal Protection Zones</source>
        <translation>总干渠保护区</translation>
    </message>
    <message>
        <source>Widths in metres on each side of the South-to-North canal (left is west, looking north). The primary zone reaches its width beyond the canal's management boundary, taken as the centreline offset by the management half-width; the secondary zone reaches its width beyond the primary one. The defaults (50 m and 1,000 m) are placeholders: check them against Henan's official zoning of the canal's drinking-water protection areas.</source>
        <translation>南水北调总干渠两侧的宽度，单位为米（面向北，左侧为西）。一级保护区为管理范围边线外延的宽度，管理范围边线取中心线外移管理范围半宽；二级保护区为一级保护区边线外延的宽度。默认值（50 米和 1000 米）仅为占位：请与河南省官方划定的总干渠饮用水水源保护区核对。</translation>
    </message>
    <message>
        <source>Management half-width</source>
        <translation>管理范围半宽</translation>
    </message>
    <message>
        <source>Primary, left</source>
        <translation>一级，左侧</translation>
    </message>
    <message>
        <source>Primary, right</source>
        <translation>一级，右侧</translation>
    </message>
    <message>
        <source>Secondary, left</source>
        <translation>二级，左侧</translation>
    </message>
    <message>
        <source>Secondary, right</source>
        <translation>二级，右侧</translation>
    </message>
    <message>
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <source>Use the First Row's Widths Everywhere</source>
        <translation>全部采用第一行的宽度</translation>
    </message>
    <message>
        <source>&amp;Generate Zones</source>
        <translation>生成保护区(&amp;G)</translation>
    </message>
</context>
<context>
    <name>ecoplan::ProvinceCheck</name>
    <message>
        <source>coordinates outside the range of EPSG:4547</source>
        <translation>坐标超出 EPSG:4547 的范围</translation>
    </message>
    <message>
        <source>The province boundary cannot be read.</source>
        <translation>无法读取省界。</translation>
    </message>
    <message>
        <source>The province boundary cannot be widened by %1 km.</source>
        <translation>无法将省界外扩 %1 千米。</translation>
    </message>
    <message>
        <source>outside Henan (%1)</source>
        <translation>位于河南省外（%1）</translation>
    </message>
    <message>
        <source>outside Henan: %1 km beyond the boundary (more than %2 km allowed)</source>
        <translation>位于河南省外：超出省界 %1 千米（允许 %2 千米）</translation>
    </message>
</context>
<context>
    <name>ecoplan::RowConverter</name>
    <message>
        <source>point</source>
        <translation>点</translation>
    </message>
    <message>
        <source>line</source>
        <translation>线</translation>
    </message>
    <message>
        <source>polygon</source>
        <translation>面</translation>
    </message>
    <message>
        <source>geometry</source>
        <translation>几何</translation>
    </message>
    <message>
        <source>The file has no column “%1” for %2; its columns are: %3</source>
        <translation>文件中没有用于%2的列“%1”；现有列：%3</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>WKT</source>
        <translation>WKT</translation>
    </message>
    <message>
        <source>the county</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>The project has no counties layer to place rows by county.</source>
        <translation>项目中没有县（市、区）图层，无法按县放置数据。</translation>
    </message>
    <message>
        <source>The file has no column “%1”.</source>
        <translation>文件中没有列“%1”。</translation>
    </message>
    <message>
        <source>Layer “%1” has no field “%2” (for column “%3”).</source>
        <translation>图层“%1”中没有字段“%2”（对应列“%3”）。</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>没有几何</translation>
    </message>
    <message>
        <source>the geometry cannot be read</source>
        <translation>无法读取几何</translation>
    </message>
    <message>
        <source>a %1 cannot go into the %2 layer “%3”</source>
        <translation>%1不能导入%2图层“%3”</translation>
    </message>
    <message>
        <source>it has %1 parts; layer “%2” holds one %3 per feature</source>
        <translation>它有 %1 个部分；图层“%2”每个要素只能有一个%3</translation>
    </message>
</context>
<context>
    <name>ecoplan::ScaleEdit</name>
    <message>
        <source>Map scale: type e.g. 1:250000 and press Enter</source>
        <translation>地图比例尺：输入如 1:250000 后按回车</translation>
    </message>
</context>
<context>
    <name>ecoplan::SelectByLocationDialog</name>
    <message>
        <source>all of</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Select by Location</source>
        <translation>按位置选择</translation>
    </message>
    <message>
        <source>intersecting</source>
        <translation>相交于</translation>
    </message>
    <message>
        <source>within</source>
        <translation>位于其内</translation>
    </message>
    <message>
        <source>within a distance of</source>
        <translation>距离不超过</translation>
    </message>
    <message>
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <source>Select the features of</source>
        <translation>选择以下图层的要素</translation>
    </message>
    <message>
        <source>that are</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>of</source>
        <translation>参照</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>选择(&amp;S)</translation>
    </message>
    <message>
        <source>the selected features (%1)</source>
        <translation>所选要素（%1 个）</translation>
    </message>
</context>
<context>
    <name>ecoplan::SetLayerStyle</name>
    <message>
        <source>Change opacity of “%1”</source>
        <translation>修改“%1”的不透明度</translation>
    </message>
    <message>
        <source>Change style of “%1”</source>
        <translation>修改“%1”的样式</translation>
    </message>
</context>
<context>
    <name>ecoplan::SourceCrs</name>
    <message>
        <source>“%1”: a 3-degree zone's central meridian is a multiple of 3 from 75 to 135.</source>
        <translation>“%1”：3° 带的中央经线应为 75 到 135 之间 3 的倍数。</translation>
    </message>
    <message>
        <source>Unknown coordinate system “%1”: give an EPSG code (4326, 4490, 4547, 3857, …), gk3 (Gauss-Krüger 3-degree with the zone number in X), gk3:114 (central meridian, no zone number), gcj02 or bd09.</source>
        <translation>未知的坐标系“%1”：请给出 EPSG 代码（4326、4490、4547、3857 等）、gk3（高斯-克吕格 3° 带，X 带带号）、gk3:114（中央经线，不带带号）、gcj02 或 bd09。</translation>
    </message>
</context>
<context>
    <name>ecoplan::SourceGeometry</name>
    <message>
        <source>%1 geometries cannot be imported</source>
        <translation>%1几何无法导入</translation>
    </message>
    <message>
        <source>x %1 and y %2 look swapped (longitude is x)</source>
        <translation>x %1 与 y %2 似乎颠倒了（经度应为 x）</translation>
    </message>
    <message>
        <source>(%1, %2) is not a longitude/latitude</source>
        <translation>（%1, %2）不是经纬度</translation>
    </message>
    <message>
        <source>X %1 starts with a zone number; choose Gauss-Krüger with zone number</source>
        <translation>X %1 以带号开头；请选择带带号的高斯-克吕格坐标</translation>
    </message>
    <message>
        <source>X %1 has no zone number; choose Gauss-Krüger by central meridian</source>
        <translation>X %1 不带带号；请按中央经线选择高斯-克吕格坐标</translation>
    </message>
    <message>
        <source>X %1 has no Gauss-Krüger zone number (25–45) in front, e.g. 38512345.6</source>
        <translation>X %1 前面没有高斯-克吕格带号（25–45），例如 38512345.6</translation>
    </message>
    <message>
        <source>the vertices lie in different Gauss-Krüger zones</source>
        <translation>各顶点位于不同的高斯-克吕格带</translation>
    </message>
    <message>
        <source>EPSG:%1 cannot be transformed to %2</source>
        <translation>EPSG:%1 无法转换为 %2</translation>
    </message>
    <message>
        <source>the coordinates cannot be transformed from EPSG:%1</source>
        <translation>坐标无法从 EPSG:%1 转换</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>没有坐标</translation>
    </message>
    <message>
        <source>x “%1” is not a number</source>
        <translation>x“%1”不是数字</translation>
    </message>
    <message>
        <source>y “%1” is not a number</source>
        <translation>y“%1”不是数字</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>没有几何</translation>
    </message>
    <message>
        <source>“%1” is not WKT</source>
        <translation>“%1”不是 WKT</translation>
    </message>
    <message>
        <source>%1 cannot be transformed to %2</source>
        <translation>%1 无法转换为 %2</translation>
    </message>
    <message>
        <source>the coordinates cannot be transformed</source>
        <translation>坐标无法转换</translation>
    </message>
</context>
<context>
    <name>ecoplan::SpatialSelection</name>
    <message>
        <source>Choose the layer to select from.</source>
        <translation>请选择要从中选择要素的图层。</translation>
    </message>
    <message>
        <source>The distance must be zero or more metres.</source>
        <translation>距离必须大于或等于 0 米。</translation>
    </message>
    <message>
        <source>There is nothing to select against: the selection or the layer is empty.</source>
        <translation>没有可参照的要素：所选要素或图层为空。</translation>
    </message>
</context>
<context>
    <name>ecoplan::Summary</name>
    <message>
        <source>The layer has no field “%1” to add up.</source>
        <translation>图层中没有可求和的字段“%1”。</translation>
    </message>
    <message>
        <source>The field “%1” holds text, not numbers: it cannot be added up.</source>
        <translation>字段“%1”是文本而不是数字，无法求和。</translation>
    </message>
    <message>
        <source>The layer has no field “%1” to count by.</source>
        <translation>图层中没有可用于分类计数的字段“%1”。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Area inside (mu)</source>
        <translation>范围内面积（亩）</translation>
    </message>
    <message>
        <source>Length inside (km)</source>
        <translation>范围内长度（千米）</translation>
    </message>
    <message>
        <source>Choose the layer to summarise and the layer to summarise it by.</source>
        <translation>请选择要统计的图层和作为统计范围的图层。</translation>
    </message>
    <message>
        <source>Features can only be counted inside polygons: choose a polygon layer to summarise by.</source>
        <translation>只能统计面内的要素：请选择面图层作为统计范围。</translation>
    </message>
    <message>
        <source>Choose the layer to summarise.</source>
        <translation>请选择要统计的图层。</translation>
    </message>
    <message>
        <source>The layer has no field “%1” to group by.</source>
        <translation>图层中没有可用于分组的字段“%1”。</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>（无值）</translation>
    </message>
</context>
<context>
    <name>ecoplan::SummaryPanel</name>
    <message>
        <source>&amp;Summarise</source>
        <translation>统计(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Count the features of</source>
        <translation>统计以下图层的要素</translation>
    </message>
    <message>
        <source>inside each</source>
        <translation>位于每个</translation>
    </message>
    <message>
        <source>and by</source>
        <translation>并按</translation>
    </message>
    <message>
        <source>(nothing else)</source>
        <translation>（不再细分）</translation>
    </message>
    <message>
        <source>value of “%1”</source>
        <translation>“%1”的取值</translation>
    </message>
    <message>
        <source>Choose the features to count and what to count them in.</source>
        <translation>请选择要统计的要素和统计范围。</translation>
    </message>
    <message>
        <source>Export Summary</source>
        <translation>导出统计表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>The features changed: summarise again.</source>
        <translation>要素已变化：请重新统计。</translation>
    </message>
    <message>
        <source>Features counted: %1, in %2 rows. Click a row to see them on the map.</source>
        <translation>已统计要素 %1 个，共 %2 行。点击一行可在地图上查看。</translation>
    </message>
</context>
<context>
    <name>ecoplan::SymbolEditor</name>
    <message>
        <source>Solid</source>
        <translation>实心</translation>
    </message>
    <message>
        <source>Hatched /</source>
        <translation>斜线填充 /</translation>
    </message>
    <message>
        <source>Hatched \</source>
        <translation>斜线填充 \</translation>
    </message>
    <message>
        <source>Cross-hatched ×</source>
        <translation>交叉斜线 ×</translation>
    </message>
    <message>
        <source>Horizontal lines</source>
        <translation>水平线</translation>
    </message>
    <message>
        <source>Vertical lines</source>
        <translation>垂直线</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Dotted (half)</source>
        <translation>点状（密）</translation>
    </message>
    <message>
        <source>Dotted (sparse)</source>
        <translation>点状（疏）</translation>
    </message>
    <message>
        <source>No fill</source>
        <translation>无填充</translation>
    </message>
    <message>
        <source>Dashed</source>
        <translation>虚线</translation>
    </message>
    <message>
        <source>Dotted</source>
        <translation>点线</translation>
    </message>
    <message>
        <source>Dash-dot</source>
        <translation>点划线</translation>
    </message>
    <message>
        <source>No line</source>
        <translation>无线条</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>方形</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>三角形</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>菱形</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>星形</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>十字</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>Fill colour:</source>
        <translation>填充颜色：</translation>
    </message>
    <message>
        <source>Fill pattern:</source>
        <translation>填充样式：</translation>
    </message>
    <message>
        <source>Line colour:</source>
        <translation>线条颜色：</translation>
    </message>
    <message>
        <source>Outline colour:</source>
        <translation>边线颜色：</translation>
    </message>
    <message>
        <source>Line width:</source>
        <translation>线宽：</translation>
    </message>
    <message>
        <source>Outline width:</source>
        <translation>边线宽度：</translation>
    </message>
    <message>
        <source>Line style:</source>
        <translation>线型：</translation>
    </message>
    <message>
        <source>Outline style:</source>
        <translation>边线线型：</translation>
    </message>
    <message>
        <source>Marker:</source>
        <translation>符号形状：</translation>
    </message>
    <message>
        <source>Marker size:</source>
        <translation>符号大小：</translation>
    </message>
</context>
<context>
    <name>ecoplan::TableWriter</name>
    <message>
        <source>GDAL has no %1 driver.</source>
        <translation>GDAL 缺少 %1 驱动。</translation>
    </message>
    <message>
        <source>the file could not be created.</source>
        <translation>无法创建文件。</translation>
    </message>
    <message>
        <source>the table could not be created.</source>
        <translation>无法创建表。</translation>
    </message>
    <message>
        <source>a column could not be created.</source>
        <translation>无法创建列。</translation>
    </message>
    <message>
        <source>a row could not be written.</source>
        <translation>无法写入一行。</translation>
    </message>
    <message>
        <source>the file could not be completed.</source>
        <translation>无法完成文件写入。</translation>
    </message>
    <message>
        <source>Cannot export to %1: choose a .xlsx or .csv file name.</source>
        <translation>无法导出到 %1：请选择 .xlsx 或 .csv 文件名。</translation>
    </message>
    <message>
        <source>Cannot export to %1: its folder does not exist or is not writable.</source>
        <translation>无法导出到 %1：文件夹不存在或不可写。</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
    <message>
        <source>the note could not be written.</source>
        <translation>无法写入说明。</translation>
    </message>
</context>
<context>
    <name>ecoplan::TargetTable</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>比较符</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Add Target</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation>删除目标</translation>
    </message>
</context>
<context>
    <name>ecoplan::TaskImplementsLink</name>
    <message>
        <source>Link task to the province task it implements</source>
        <translation>将任务关联到其落实的省级任务</translation>
    </message>
    <message>
        <source>Plans are stored only in a project file.</source>
        <translation>规划只保存在项目文件中。</translation>
    </message>
    <message>
        <source>The task implements no province task yet.</source>
        <translation>该任务尚未关联省级任务。</translation>
    </message>
    <message>
        <source>Confirm the province task a task implements</source>
        <translation>确认任务落实的省级任务</translation>
    </message>
    <message>
        <source>Unlink task from the province task</source>
        <translation>取消任务与省级任务的关联</translation>
    </message>
    <message>
        <source>A task cannot implement itself.</source>
        <translation>任务不能落实其自身。</translation>
    </message>
</context>
<context>
    <name>ecoplan::VectorFileReader</name>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>无法打开 %1：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot open %1: you have no permission to read it.</source>
        <translation>无法打开 %1：您没有读取权限。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>it is not a vector format GDAL can read.</source>
        <translation>不是 GDAL 能读取的矢量格式。</translation>
    </message>
    <message>
        <source>%1 contains no vector layer with geometry.</source>
        <translation>%1 中没有带几何的矢量图层。</translation>
    </message>
</context>
<context>
    <name>ecoplan::VertexTool</name>
    <message>
        <source>Add vertex</source>
        <translation>添加顶点</translation>
    </message>
    <message>
        <source>Move vertex</source>
        <translation>移动顶点</translation>
    </message>
    <message>
        <source>Delete vertex</source>
        <translation>删除顶点</translation>
    </message>
</context>
<context>
    <name>ecoplan::ViewActions</name>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>平移(&amp;P)</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>&amp;Zoom to Box</source>
        <translation>拉框放大(&amp;Z)</translation>
    </message>
    <message>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>&amp;Identify</source>
        <translation>识别(&amp;I)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>选择(&amp;S)</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Full Extent</source>
        <translation>全图显示(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Zoom to Se&amp;lection</source>
        <translation>缩放到所选(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Zoom to &amp;Layer</source>
        <translation>缩放到图层(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>清除选择(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Display &amp;Coordinate System</source>
        <translation>显示坐标系(&amp;C)</translation>
    </message>
    <message>
        <source>Label Places in &amp;English/Pinyin</source>
        <translation>地名注记用英文/拼音(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>Select in &amp;All Layers</source>
        <translation>在所有图层中选择(&amp;A)</translation>
    </message>
    <message>
        <source>A box selects in every selectable visible layer, not only in the layer chosen in the Layers panel</source>
        <translation>框选时选中所有可见且可选的图层中的要素，而不仅是图层面板中选中的图层</translation>
    </message>
</context>
<context>
    <name>ecoplan::ZoneWidths</name>
    <message>
        <source>the management half-width</source>
        <translation>管理范围半宽</translation>
    </message>
    <message>
        <source>the primary zone's left width</source>
        <translation>一级保护区左侧宽度</translation>
    </message>
    <message>
        <source>the primary zone's right width</source>
        <translation>一级保护区右侧宽度</translation>
    </message>
    <message>
        <source>the secondary zone's left width</source>
        <translation>二级保护区左侧宽度</translation>
    </message>
    <message>
        <source>the secondary zone's right width</source>
        <translation>二级保护区右侧宽度</translation>
    </message>
</context>
<context>
    <name>ecoplan::cli</name>
    <message>
        <source>only bash is supported, not “%1”</source>
        <translation>仅支持 bash，不支持“%1”</translation>
    </message>
    <message>
        <source>Print the bash completion script (see the README).</source>
        <translation>输出 bash 补全脚本（见 README）。</translation>
    </message>
    <message>
        <source>Write the task list of a project's plans as XLSX or CSV.</source>
        <translation>将项目中规划的任务清单导出为 XLSX 或 CSV。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Internal commands (for the build and tests):</source>
        <translation>内部命令（供构建和测试使用）：</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>ecoplan [options] [project]
       ecoplan COMMAND [options]   (ecoplan COMMAND --help for its options)</source>
        <translation>ecoplan [选项] [项目]
       ecoplan 命令 [选项]   （ecoplan 命令 --help 查看该命令的选项）</translation>
    </message>
    <message>
        <source>ecoplan: unknown command “%1”; to open a project, give its file (e.g. P.gpkg).</source>
        <translation>ecoplan：未知命令“%1”；如要打开项目，请给出项目文件（如 P.gpkg）。</translation>
    </message>
    <message>
        <source>
See ecoplan --help for the workbench's options.
</source>
        <translation>
工作台的选项见 ecoplan --help。
</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>--map takes SOURCE=FIELD (or SOURCE= to leave a column out), not “%1”</source>
        <translation>--map 的格式为 源列=字段（或 源列= 表示不导入该列），而不是“%1”</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>%1 takes a number, not “%2”</source>
        <translation>%1 需要数字，而不是“%2”</translation>
    </message>
    <message>
        <source>usage: ecoplan import FILE --project PROJECT.gpkg --layer NAME [--sheet S] [--header-row N] [--x COL --y COL | --wkt COL | --county COL] [--encoding E] [--crs EPSG|gk3|gk3:CM|gcj02|bd09] [--map SRC=FIELD]… [--margin-km N] [--rejected OUT.csv] [--timings]</source>
        <translation>用法：ecoplan import 文件 --project 项目.gpkg --layer 图层 [--sheet 工作表] [--header-row 行号] [--x 列 --y 列 | --wkt 列 | --county 列] [--encoding 编码] [--crs EPSG|gk3|gk3:中央经线|gcj02|bd09] [--map 源列=字段]… [--margin-km 千米] [--rejected 输出.csv] [--timings]</translation>
    </message>
    <message>
        <source>--x and --y go together</source>
        <translation>--x 和 --y 须同时给出</translation>
    </message>
    <message>
        <source>matched: %1 → %2</source>
        <translation>已匹配：%1 → %2</translation>
    </message>
    <message>
        <source>the project is read-only: %1</source>
        <translation>项目为只读：%1</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <source>not matched: %1 (use --map)</source>
        <translation>未匹配：%1（请用 --map 指定）</translation>
    </message>
    <message>
        <source>no row could be imported</source>
        <translation>没有可导入的行</translation>
    </message>
    <message>
        <source>Import a CSV, XLSX or vector file's rows into a project layer.</source>
        <translation>将 CSV、XLSX 或矢量文件中的数据导入项目图层。</translation>
    </message>
    <message>
        <source>Store a plan document's tasks, targets and place links in a project.</source>
        <translation>将规划文件的任务、目标和地点关联存入项目。</translation>
    </message>
    <message>
        <source>Build the demo project (used by the build).</source>
        <translation>生成演示项目（构建时使用）。</translation>
    </message>
    <message>
        <source>Print a plan document's outline (.txt, .docx, .pdf) or its JSON.</source>
        <translation>输出规划文件（.txt、.docx、.pdf）的提纲或 JSON。</translation>
    </message>
    <message>
        <source>Draw a project's map to PNG, PDF or SVG without a display.</source>
        <translation>无需显示器，将项目地图输出为 PNG、PDF 或 SVG。</translation>
    </message>
    <message>
        <source>Commit edits one by one to a project copy (crash test, benchmark).</source>
        <translation>向项目副本逐条提交编辑（崩溃测试、性能测试）。</translation>
    </message>
    <message>
        <source>usage: ecoplan summarize --project PROJECT.gpkg --layer LAYER (--by AREAS | --group-by FIELD) [--sum FIELD,…] [--count-by FIELD] [--out FILE.xlsx|FILE.csv] [--timings]</source>
        <translation>用法：ecoplan summarize --project 项目.gpkg --layer 图层 (--by 区域图层 | --group-by 字段) [--sum 字段,…] [--count-by 字段] [--out 文件.xlsx|文件.csv] [--timings]</translation>
    </message>
    <message>
        <source>the project has no layer “%1” (it has %2)</source>
        <translation>项目中没有图层“%1”（现有：%2）</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>已向 %2 写入 %1 行。</translation>
    </message>
    <message>
        <source>Count and add up what lies inside each area, or per value of a field.</source>
        <translation>统计每个区域内（或按字段取值）的要素数量与合计。</translation>
    </message>
    <message>
        <source>usage: ecoplan zones --project P [--primary M] [--secondary M] [--management M] [--segment CODE]</source>
        <translation>用法：ecoplan zones --project 项目 [--primary 米] [--secondary 米] [--management 米] [--segment 代码]</translation>
    </message>
    <message>
        <source>widths are numbers of metres</source>
        <translation>宽度应为米数</translation>
    </message>
    <message>
        <source>the canal does not cross a prefecture with code %1</source>
        <translation>总干渠不经过代码为 %1 的地级市</translation>
    </message>
    <message>
        <source>management %1 m, primary %2/%3 m (%4), secondary %5/%6 m (%7)</source>
        <translation>管理范围 %1 米，一级 %2/%3 米（%4），二级 %5/%6 米（%7）</translation>
    </message>
    <message>
        <source>Build the canal's protection zones into a project.</source>
        <translation>在项目中生成总干渠保护区。</translation>
    </message>
</context>
<context>
    <name>ecoplan::stylejson</name>
    <message>
        <source>The style of %1 cannot be read: %2</source>
        <translation>无法读取 %1 的样式：%2</translation>
    </message>
</context>
</TS>