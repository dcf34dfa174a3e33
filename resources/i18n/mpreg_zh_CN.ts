<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>Prepares and tracks the registration, verification and ICP filing of a WeChat mini program. It never connects to the network: your data stays on this computer.</source>
        <translation>帮助准备和跟踪微信小程序的注册、验证认证和 ICP 备案。本软件从不联网：你的数据只保存在这台电脑上。</translation>
    </message>
    <message>
        <source>MP Reg Desktop</source>
        <translation>小程序注册助手</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>Published by {organization}</source>
        <translation>发布者：{organization}</translation>
    </message>
    <message>
        <source>About MP Reg Desktop</source>
        <translation>关于小程序注册助手</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss the alert</source>
        <translation>关闭提醒</translation>
    </message>
    <message>
        <source>Deadlines need attention:</source>
        <translation>以下期限需要注意：</translation>
    </message>
</context>
<context>
    <name>AssistantView</name>
    <message>
        <source>Official form</source>
        <translation>官方表单</translation>
    </message>
    <message>
        <source>Show numbers in full</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>ID, phone and account numbers are masked on screen; copying copies them whole.</source>
        <translation>证件号、手机号和账号在屏幕上部分隐藏；复制时复制完整号码。</translation>
    </message>
    <message>
        <source>Separate window, always on top</source>
        <translation>独立窗口，始终置顶</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>表单字段</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy and &amp;next</source>
        <translation>复制并到下一项(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Enter: copy this value and go to the next field</source>
        <translation>Ctrl+Enter：复制本项并转到下一项</translation>
    </message>
    <message>
        <source>Mark as &amp;submitted</source>
        <translation>标记为已提交(&amp;S)</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>剪贴板已清除。</translation>
    </message>
    <message>
        <source> (submitted)</source>
        <translation>（已提交）</translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>{count} characters ({low}–{high})</source>
        <translation>{count} 字（要求 {low}–{high} 字）</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation>来源：{sources}</translation>
    </message>
    <message>
        <source>{field}: nothing to copy yet.</source>
        <translation>{field}：还没有可复制的内容。</translation>
    </message>
    <message>
        <source>Copy a value with an error?</source>
        <translation>复制有错误的值？</translation>
    </message>
    <message>
        <source>{field} has a problem the form may reject:
{errors}

Copy it anyway?</source>
        <translation>{field} 有问题，表单可能不接受：
{errors}

仍要复制吗？</translation>
    </message>
    <message>
        <source>{field} copied; the clipboard is cleared in {seconds} s.</source>
        <translation>已复制{field}；剪贴板将在 {seconds} 秒后清除。</translation>
    </message>
    <message>
        <source>Mark form as submitted</source>
        <translation>标记表单为已提交</translation>
    </message>
    <message>
        <source>{form} recorded as submitted.</source>
        <translation>已记录：{form}已提交。</translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>Scans and photos ({patterns});;All files (*)</source>
        <translation>扫描件和照片 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Attach files to {name}</source>
        <translation>为“{name}”添加附件</translation>
    </message>
    <message>
        <source>No other files</source>
        <translation>没有其他文件</translation>
    </message>
    <message>
        <source>No other material of this case has a file this one does not have.</source>
        <translation>本案例的其他材料中没有本项尚未使用的文件。</translation>
    </message>
    <message>
        <source>Use a file of another material</source>
        <translation>使用其他材料的文件</translation>
    </message>
    <message>
        <source>Attach to {name}:</source>
        <translation>添加到「{name}」：</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>未添加附件</translation>
    </message>
    <message>
        <source>Copy beside the case?</source>
        <translation>复制到案例旁？</translation>
    </message>
    <message>
        <source>{count} of the files are outside the case&apos;s folder. Copy them into the folder “{folder}” beside the case? Then the case and its scans can be moved or sent together.</source>
        <translation>有 {count} 个文件不在案例所在的文件夹中。要复制到案例旁的「{folder}」文件夹吗？这样案例和扫描件可以一起移动或发送。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Keep where they are</source>
        <translation>保留在原位置</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>未复制</translation>
    </message>
    <message>
        <source>the file is not there</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>this is a folder; attach the files in it instead</source>
        <translation>这是文件夹，请添加其中的文件</translation>
    </message>
    <message>
        <source>this is not an ordinary file</source>
        <translation>这不是普通文件</translation>
    </message>
    <message>
        <source>the file is far too large for a scan</source>
        <translation>文件过大，不像是扫描件</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>this file is already attached to this material</source>
        <translation>此材料已添加过这个文件</translation>
    </message>
    <message>
        <source>its name or folder cannot be kept in a case file (not valid Unicode, or too long)</source>
        <translation>文件名或所在文件夹无法保存到案例文件中（不是有效的 Unicode，或过长）</translation>
    </message>
    <message>
        <source>{reason} ({why})</source>
        <translation>{reason}（{why}）</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>The file is not there:
{path}</source>
        <translation>文件不在原处：
{path}</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>No program to show this file was found:
{path}</source>
        <translation>没有找到可以打开此文件的程序：
{path}</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <source>Where is {file}?</source>
        <translation>“{file}”现在在哪里？</translation>
    </message>
    <message>
        <source>Update attachment</source>
        <translation>更新附件</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>Preview of {name}</source>
        <translation>{name} 的预览</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>无预览</translation>
    </message>
    <message>
        <source>{path}
Attached {when}</source>
        <translation>{path}
添加于 {when}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>打开“{name}”</translation>
    </message>
    <message>
        <source>Open the file with the system&apos;s viewer</source>
        <translation>用系统默认程序打开文件</translation>
    </message>
    <message>
        <source>Use as it is now</source>
        <translation>按当前文件更新</translation>
    </message>
    <message>
        <source>Use {name} as it is now</source>
        <translation>按当前文件更新“{name}”</translation>
    </message>
    <message>
        <source>The file was changed after it was attached: check it again as it is now</source>
        <translation>文件在添加后被修改过：按当前内容重新检查</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>Locate {name}</source>
        <translation>查找“{name}”</translation>
    </message>
    <message>
        <source>Point to where the file is now</source>
        <translation>指定文件现在的位置</translation>
    </message>
    <message>
        <source>Read scan</source>
        <translation>读取扫描件</translation>
    </message>
    <message>
        <source>Read {name}</source>
        <translation>读取 {name}</translation>
    </message>
    <message>
        <source>Read the fields on this scan on this computer (nothing is uploaded), fill the empty ones and compare the others</source>
        <translation>在本机读取此扫描件上的信息（不上传任何内容），填写空白字段并核对已填字段</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>移除“{name}”</translation>
    </message>
    <message>
        <source>Remove the attachment from this case; the file itself is not deleted</source>
        <translation>从本案例中移除此附件；文件本身不会被删除</translation>
    </message>
    <message>
        <source>Same file as when attached</source>
        <translation>与添加时的文件相同</translation>
    </message>
    <message>
        <source>File changed since it was attached</source>
        <translation>文件在添加后已被修改</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>File too large to check (over 200 MB)</source>
        <translation>文件过大，无法核对（超过 200 MB）</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>正在核对文件…</translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation>不是图片</translation>
    </message>
    <message>
        <source>{width}×{height} px</source>
        <translation>{width}×{height} 像素</translation>
    </message>
    <message>
        <source>image could not be read</source>
        <translation>无法读取图像</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <source>black-and-white or greyscale</source>
        <translation>黑白或灰度</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>The file could not be written or read: {detail}</source>
        <translation>无法读写该文件：{detail}</translation>
    </message>
    <message>
        <source>This is not a case bundle, or it is damaged (incomplete download?).</source>
        <translation>这不是案例包，或文件已损坏（下载不完整？）。</translation>
    </message>
    <message>
        <source>The bundle was made by a newer version of MP Reg Desktop. Update the app to open it.</source>
        <translation>该案例包由更新版本的小程序注册助手生成。请更新本软件后再打开。</translation>
    </message>
    <message>
        <source>The bundle holds a file with an unsafe name ({detail}): refused.</source>
        <translation>案例包中有名称不安全的文件（{detail}），已拒绝。</translation>
    </message>
    <message>
        <source>The bundle holds the same file name twice ({detail}): refused.</source>
        <translation>案例包中有重复的文件名（{detail}），已拒绝。</translation>
    </message>
    <message>
        <source>The bundle is larger than a case can be ({detail}): refused.</source>
        <translation>案例包超出案例可有的大小（{detail}），已拒绝。</translation>
    </message>
    <message>
        <source>The bundle&apos;s list of files does not match its contents ({detail}).</source>
        <translation>案例包的文件清单与内容不符（{detail}）。</translation>
    </message>
    <message>
        <source>A file in the bundle is damaged or was altered: {detail}</source>
        <translation>案例包中的文件已损坏或被改动：{detail}</translation>
    </message>
    <message>
        <source>The case in the bundle cannot be read ({detail}).</source>
        <translation>无法读取案例包中的案例（{detail}）。</translation>
    </message>
    <message>
        <source>An attached file is missing: {path}
Re-attach it, or leave it out of the bundle.</source>
        <translation>附件文件不见了：{path}
请重新添加附件，或导出时不包含它。</translation>
    </message>
    <message>
        <source>An attached file changed since it was attached: {path}
Re-attach it, or leave it out of the bundle.</source>
        <translation>附件文件在添加后已被改动：{path}
请重新添加附件，或导出时不包含它。</translation>
    </message>
    <message>
        <source>The bundle cannot replace the case file itself. Choose another name.</source>
        <translation>案例包不能覆盖案例文件本身，请换一个文件名。</translation>
    </message>
    <message>
        <source>Export case bundle</source>
        <translation>导出案例包</translation>
    </message>
    <message>
        <source>The bundle holds the case with every ID, phone and bank number in full, and the attached scans. Send it only to people who may see them. Untick scans that should stay with you.</source>
        <translation>案例包包含完整的身份证号、手机号和银行账号以及附件扫描件。只发给有权查看的人。不想发出的扫描件请取消勾选。</translation>
    </message>
    <message>
        <source>Attachments to include</source>
        <translation>要包含的附件</translation>
    </message>
    <message>
        <source>The case has no attachments: only the case is sent.</source>
        <translation>该案例没有附件：只发送案例本身。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Case bundles (*.mpregz)</source>
        <translation>案例包 (*.mpregz)</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>正在写入案例包…</translation>
    </message>
    <message>
        <source>Bundle written with {n} files: {path}</source>
        <translation>已写入案例包（{n} 个文件）：{path}</translation>
    </message>
    <message>
        <source>Open case bundle</source>
        <translation>打开案例包</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>正在检查案例包…</translation>
    </message>
    <message>
        <source>The library already has this case: “{name}”
{path}

Open the one in the library, or import the bundle as a copy with a new id?</source>
        <translation>案例库中已有此案例：“{name}”
{path}

打开案例库中的案例，还是把案例包作为副本（新的案例编号）导入？</translation>
    </message>
    <message>
        <source>Open the existing case</source>
        <translation>打开已有案例</translation>
    </message>
    <message>
        <source>Import as a copy</source>
        <translation>作为副本导入</translation>
    </message>
    <message>
        <source>Unpacking the bundle…</source>
        <translation>正在解开案例包…</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Rules edition</source>
        <translation>规则版本</translation>
    </message>
    <message>
        <source>Most urgent deadline</source>
        <translation>最紧急的期限</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>未命名案例</translation>
    </message>
    <message>
        <source>No subject name yet</source>
        <translation>尚未填写主体名称</translation>
    </message>
    <message>
        <source>Done {done}/{total}</source>
        <translation>已完成 {done}/{total}</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 个错误</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>{count} 个错误</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 个警告</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} 个警告</translation>
    </message>
    <message>
        <source>{errors}, {warnings}</source>
        <translation>{errors}，{warnings}</translation>
    </message>
    <message>
        <source>Last checked with the rules of {checked}; the rules of {in_use} now apply — review the problems and the checklist.</source>
        <translation>上次按 {checked} 版规则检查；现按 {in_use} 版规则检查，请复核问题和清单。</translation>
    </message>
    <message>
        <source>Last checked with newer rules ({checked}) than this app uses ({in_use}): import that rules pack to see the same checks.</source>
        <translation>上次按更新的 {checked} 版规则检查，本应用现用 {in_use} 版：导入该规则包才能得到相同的检查结果。</translation>
    </message>
</context>
<context>
    <name>CaseSafety</name>
    <message>
        <source>⚠ Autosave is not working</source>
        <translation>⚠ 自动保存未生效</translation>
    </message>
    <message>
        <source>The case changed on disk</source>
        <translation>案例文件已被修改</translation>
    </message>
    <message>
        <source>“{name}” was changed by another program or computer since you opened it.

Reload it (your unsaved changes in this window are dropped), keep your version (saved as a copy next to it), or compare the two first.</source>
        <translation>“{name}”在你打开后被其他程序或电脑修改了。

可以重新加载（本窗口中未保存的修改将被丢弃），保留我的版本（另存为旁边的副本），或先比较两者。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Keep mine as a copy</source>
        <translation>保留我的（另存为副本）</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>稍后决定</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>无法重新加载</translation>
    </message>
    <message>
        <source>my version</source>
        <translation>我的版本</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>1 error in this step</source>
        <translation>此步骤有 1 个错误</translation>
    </message>
    <message>
        <source>{count} errors in this step</source>
        <translation>此步骤有 {count} 个错误</translation>
    </message>
    <message>
        <source>This step is complete</source>
        <translation>此步骤已完成</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>尚未完成</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Checklist</source>
        <translation>清单</translation>
    </message>
    <message>
        <source> (error)</source>
        <translation>（有错误）</translation>
    </message>
    <message>
        <source> (checked)</source>
        <translation>（已核对）</translation>
    </message>
    <message>
        <source>Tick material</source>
        <translation>勾选材料</translation>
    </message>
    <message>
        <source>Tick task</source>
        <translation>勾选事项</translation>
    </message>
    <message>
        <source>Record date</source>
        <translation>记录日期</translation>
    </message>
</context>
<context>
    <name>CompareJob</name>
    <message>
        <source>on disk</source>
        <translation>磁盘上的版本</translation>
    </message>
    <message>
        <source>this window</source>
        <translation>本窗口中的版本</translation>
    </message>
    <message>
        <source>The two versions differ in too many lines to list them ({theirs} on disk, {mine} in this window, from line {line} on). Reload, or keep yours as a copy and compare the two files with another program.</source>
        <translation>两个版本差异的行数太多，无法逐行列出（磁盘上 {theirs} 行，本窗口 {mine} 行，从第 {line} 行起）。请重新载入，或把你的版本另存为副本，再用其他程序比较两个文件。</translation>
    </message>
    <message>
        <source>Comparing the two versions…</source>
        <translation>正在比较两个版本…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CropCanvas</name>
    <message>
        <source>Picture and crop rectangle</source>
        <translation>图片和裁剪框</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Compare with the file on disk</source>
        <translation>与磁盘上的文件比较</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>没有差异。</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 个工作日</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 个月</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
</context>
<context>
    <name>FilingExisting</name>
    <message>
        <source>Earlier filing</source>
        <translation>已有备案</translation>
    </message>
    <message>
        <source>The subject already has an ICP filing (a website, an app or a mini program)</source>
        <translation>该主体已有 ICP 备案（网站、App 或其他小程序）</translation>
    </message>
    <message>
        <source>Enter that filing&apos;s number under 主体备案号 below: it names the province.</source>
        <translation>请在下方「主体备案号」填写该备案号：备案号标明了备案省份。</translation>
    </message>
    <message>
        <source>Reuse</source>
        <translation>复用</translation>
    </message>
    <message>
        <source>Reuse the subject&apos;s filed details (复用主体资料)</source>
        <translation>复用主体资料</translation>
    </message>
    <message>
        <source>Reuse SMS received at</source>
        <translation>复用短信收到时间</translation>
    </message>
    <message>
        <source>The subject principal confirms it; the timeline shows both deadlines.</source>
        <translation>由主体负责人确认；时间线显示两个截止时间。</translation>
    </message>
</context>
<context>
    <name>FilingFields</name>
    <message>
        <source>Go to materials</source>
        <translation>转到材料准备</translation>
    </message>
    <message>
        <source>Go to the material for {field}</source>
        <translation>转到“{field}”对应的材料</translation>
    </message>
    <message>
        <source>Uploaded from the materials step: {material}</source>
        <translation>上传于材料准备：{material}</translation>
    </message>
    <message>
        <source>Not needed for this case as it stands ({condition})</source>
        <translation>本案例目前不需要（{condition}）</translation>
    </message>
    <message>
        <source>Prepare it in the materials step: {material}</source>
        <translation>请在材料准备中准备：{material}</translation>
    </message>
    <message>
        <source>{name} (not on the official list)</source>
        <translation>{name}（不在官方列表中，请改选）</translation>
    </message>
    <message>
        <source>Recorded under the filing progress above. {hint}</source>
        <translation>在上方“备案进度”中记录。{hint}</translation>
    </message>
    <message>
        <source>Emergency contact&apos;s name</source>
        <translation>应急联系人姓名</translation>
    </message>
    <message>
        <source>Find region</source>
        <translation>查找地区</translation>
    </message>
    <message>
        <source>Long-term ID</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>The ID is valid long-term (长期)</source>
        <translation>证件长期有效</translation>
    </message>
    <message>
        <source>Please choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Required when: {condition}</source>
        <translation>条件必填：{condition}</translation>
    </message>
    <message>
        <source>{length} characters ({min}–{max}).</source>
        <translation>{length} 个字（{min}–{max}）。</translation>
    </message>
    <message>
        <source>{count} of at most {max} chosen.</source>
        <translation>已选 {count} 个，最多 {max} 个。</translation>
    </message>
</context>
<context>
    <name>FilingPage</name>
    <message>
        <source>Filing</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>Filing type</source>
        <translation>备案类型</translation>
    </message>
    <message>
        <source>Planned filing date</source>
        <translation>计划备案日期</translation>
    </message>
    <message>
        <source>The fields as the filing system asks for them. * required; (*) required under the condition given below the field.</source>
        <translation>以下按备案系统的要求列出各项。* 为必填；(*) 为条件必填，条件见该项下方。</translation>
    </message>
    <message>
        <source>Subject information (主体信息)</source>
        <translation>主体信息</translation>
    </message>
    <message>
        <source>Subject principal (主体负责人)</source>
        <translation>主体负责人</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>The subject principal is the legal representative</source>
        <translation>主体负责人就是法定代表人</translation>
    </message>
    <message>
        <source>Mini program information (小程序信息)</source>
        <translation>小程序信息</translation>
    </message>
    <message>
        <source>The subject principal&apos;s details are used; untick to enter another person.</source>
        <translation>使用主体负责人的信息；取消勾选可填写其他人。</translation>
    </message>
    <message>
        <source>Face check tips</source>
        <translation>人脸核身注意事项</translation>
    </message>
    <message>
        <source>Certificates and photos</source>
        <translation>证件与照片要求</translation>
    </message>
    <message>
        <source>Pre-approval</source>
        <translation>前置审批</translation>
    </message>
    <message>
        <source>None of the above (以上都不涉及)</source>
        <translation>以上都不涉及</translation>
    </message>
    <message>
        <source>Mini program principal (小程序负责人)</source>
        <translation>小程序负责人</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>同一人</translation>
    </message>
    <message>
        <source>Same as the subject principal</source>
        <translation>与主体负责人相同</translation>
    </message>
</context>
<context>
    <name>FilingProgress</name>
    <message>
        <source>Start a filing stage</source>
        <translation>开始备案阶段</translation>
    </message>
    <message>
        <source>Record a filing stage as passed</source>
        <translation>记录备案阶段通过</translation>
    </message>
    <message>
        <source>Record a filing rejection</source>
        <translation>记录备案驳回</translation>
    </message>
    <message>
        <source>Record the verification SMS</source>
        <translation>记录核验短信</translation>
    </message>
    <message>
        <source>Record a resent SMS</source>
        <translation>记录短信重发</translation>
    </message>
    <message>
        <source>Record the filing number</source>
        <translation>记录备案号</translation>
    </message>
</context>
<context>
    <name>FilingStageFields</name>
    <message>
        <source>Record the SMS</source>
        <translation>记录收到短信</translation>
    </message>
    <message>
        <source>Record when the verification SMS arrived</source>
        <translation>记录收到工信部核验短信的时间</translation>
    </message>
    <message>
        <source>SMS resent</source>
        <translation>短信已重发</translation>
    </message>
    <message>
        <source>Record that a new SMS was sent</source>
        <translation>记录已重新发送核验短信</translation>
    </message>
    <message>
        <source>Resent {used} of {allowed} times</source>
        <translation>已重发 {used}/{allowed} 次</translation>
    </message>
    <message>
        <source>Verify within {span} of receiving the SMS</source>
        <translation>收到短信后 {span}内完成核验</translation>
    </message>
    <message>
        <source>The {span} ended at {time}: the filing will be rejected automatically</source>
        <translation>{span}已于 {time} 到期：备案将被自动驳回</translation>
    </message>
    <message>
        <source>Verify before {time}</source>
        <translation>须在 {time} 前完成核验</translation>
    </message>
    <message>
        <source>Record the filing number</source>
        <translation>记录备案号</translation>
    </message>
</context>
<context>
    <name>FilingStagesWidget</name>
    <message>
        <source>Filing progress</source>
        <translation>备案进度</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Record with the current time</source>
        <translation>按当前时间记录</translation>
    </message>
    <message>
        <source>Time to record</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>When it happened; leave at Now to use the current time</source>
        <translation>发生的时间；保持“现在”则使用当前时间</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>SMS received at</source>
        <translation>收到短信时间</translation>
    </message>
    <message>
        <source>Filing number</source>
        <translation>备案号</translation>
    </message>
    <message>
        <source>e.g. 粤ICP备2026041617号-1X</source>
        <translation>如 粤ICP备2026041617号-1X</translation>
    </message>
    <message>
        <source>The time is in the future.</source>
        <translation>该时间晚于现在。</translation>
    </message>
    <message>
        <source>The time is before this stage started ({time}).</source>
        <translation>该时间早于本阶段开始时间（{time}）。</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>{stage} rejected: the reason given (the filing goes back to {fill})</source>
        <translation>{stage}驳回原因（备案将退回{fill}）</translation>
    </message>
    <message>
        <source>Start: {stage}</source>
        <translation>开始：{stage}</translation>
    </message>
    <message>
        <source>{stage}: submitted</source>
        <translation>{stage}：已提交</translation>
    </message>
    <message>
        <source>{stage}: passed</source>
        <translation>{stage}：通过</translation>
    </message>
    <message>
        <source>{stage}: rejected…</source>
        <translation>{stage}：驳回…</translation>
    </message>
    <message>
        <source>{time} {stage} rejected: {reason}</source>
        <translation>{time} {stage}被驳回：{reason}</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>未记录原因</translation>
    </message>
    <message>
        <source>Rejections so far:</source>
        <translation>历次驳回：</translation>
    </message>
</context>
<context>
    <name>FirstSave</name>
    <message>
        <source>Copy the scans beside the case?</source>
        <translation>把扫描件复制到案例旁边？</translation>
    </message>
    <message>
        <source>{count} attached files are outside the case&apos;s folder, so moving or sending the case would lose them. Copy them into “{folder}” beside the case? The originals stay where they are.</source>
        <translation>有 {count} 个附件不在案例所在的文件夹中，移动或发送案例时会丢失。把它们复制到案例旁边的“{folder}”文件夹？原文件保留不动。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Keep where they are</source>
        <translation>保留在原位置</translation>
    </message>
    <message>
        <source>Copy the scans beside the case</source>
        <translation>把扫描件复制到案例旁边</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>未复制</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Type to filter the list…</source>
        <translation>输入文字筛选列表…</translation>
    </message>
    <message>
        <source>Filter: {label}</source>
        <translation>筛选：{label}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
</context>
<context>
    <name>GuideSection</name>
    <message>
        <source>Guiding questions</source>
        <translation>引导问题</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Register as</source>
        <translation>注册身份</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>An organisation</source>
        <translation>组织/单位</translation>
    </message>
    <message>
        <source>Has a business licence (营业执照)</source>
        <translation>是否有营业执照</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需要的能力</translation>
    </message>
    <message>
        <source>Already has a certified Official Account</source>
        <translation>已有已认证的公众号</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <source>Before each save the previous file is kept (the last 10). Restoring one replaces what this window shows; you can undo it, and nothing is written until you save.</source>
        <translation>每次保存前都会保留上一个版本（最近 10 个）。恢复某个版本会替换本窗口中的内容；可以撤销，保存之前不会写入文件。</translation>
    </message>
    <message>
        <source>Saved over at {when} ({size} KB)</source>
        <translation>{when} 被覆盖前的版本（{size} KB）</translation>
    </message>
    <message>
        <source>No earlier versions yet: they appear after saving.</source>
        <translation>还没有历史版本：保存后才会出现。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Restore an earlier version</source>
        <translation>恢复历史版本</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import rules pack</source>
        <translation>导入规则包</translation>
    </message>
    <message>
        <source>This rules pack is valid. These are its changes from the pack in use; after the import every case is checked with it. You can go back to the built-in pack later.</source>
        <translation>此规则包有效。以下是它相对现用规则包的变化；导入后所有案例都按它检查。之后可以随时改回内置规则包。</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Duplicate as new case</source>
        <translation>复制为新案例</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation>在文件管理器中显示</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export sheet…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>Import from sheet…</source>
        <translation>从表格导入…</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>移出归档</translation>
    </message>
    <message>
        <source>Duplicate case</source>
        <translation>复制案例</translation>
    </message>
    <message>
        <source>Copied to “{file}”.</source>
        <translation>已复制为“{file}”。</translation>
    </message>
    <message>
        <source>Rename case</source>
        <translation>重命名案例</translation>
    </message>
    <message>
        <source>New name (the case file is renamed to match):</source>
        <translation>新名称（案例文件将随之重命名）：</translation>
    </message>
    <message>
        <source>Renamed to “{file}”.</source>
        <translation>已重命名为“{file}”。</translation>
    </message>
    <message>
        <source>“{case}” is back in the library.</source>
        <translation>“{case}”已移回案例库。</translation>
    </message>
    <message>
        <source>“{case}” was moved to the archive folder.</source>
        <translation>“{case}”已移到归档文件夹。</translation>
    </message>
    <message>
        <source>Case is open</source>
        <translation>案例已打开</translation>
    </message>
    <message>
        <source>“{case}” is open in a window. Close it first, then rename or archive it.</source>
        <translation>“{case}”正在窗口中打开。请先关闭它，再重命名或归档。</translation>
    </message>
    <message>
        <source>The case file cannot be read, so it was left as it is.</source>
        <translation>无法读取此案例文件，文件保持原样。</translation>
    </message>
    <message>
        <source>“{name}” already exists. Nothing was changed.</source>
        <translation>“{name}”已存在，未做任何更改。</translation>
    </message>
    <message>
        <source>This name cannot be used for a case file. Nothing was changed.</source>
        <translation>此名称不能用作案例文件名，未做任何更改。</translation>
    </message>
    <message>
        <source>This case is already in the archive.</source>
        <translation>此案例已在归档中。</translation>
    </message>
    <message>
        <source>This case is not in the archive.</source>
        <translation>此案例不在归档中。</translation>
    </message>
    <message>
        <source>The system refused: {detail}</source>
        <translation>系统拒绝了此操作：{detail}</translation>
    </message>
    <message>
        <source>The case was saved as its new file, but the old file could not be removed ({detail}): both are in the library now.</source>
        <translation>案例已保存为新文件，但旧文件无法删除（{detail}）：两个文件现在都在案例库中。</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>当前步骤</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一个期限</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>This case could not be summarised ({detail}). Open it to see more.</source>
        <translation>无法汇总此案例（{detail}），请打开查看详情。</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation>（已归档）</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>全部完成</translation>
    </message>
    <message>
        <source>Due {time}</source>
        <translation>截止时间：{time}</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Search: case, subject, code, phone, mini program name</source>
        <translation>搜索：案例、主体、代码、手机号、小程序名称</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>搜索案例</translation>
    </message>
    <message>
        <source>Filter by step</source>
        <translation>按步骤筛选</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>全部步骤</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>全部完成</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Only overdue cases</source>
        <translation>只显示已逾期的案例</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <source>Only cases due this week</source>
        <translation>只显示本周到期的案例</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Show archived cases</source>
        <translation>显示已归档的案例</translation>
    </message>
    <message>
        <source>Cases in the library</source>
        <translation>案例库中的案例</translation>
    </message>
    <message>
        <source>Library status</source>
        <translation>案例库状态</translation>
    </message>
    <message>
        <source>Library folder: {path}</source>
        <translation>案例库文件夹：{path}</translation>
    </message>
    <message>
        <source>The library folder does not exist.</source>
        <translation>案例库文件夹不存在。</translation>
    </message>
    <message>
        <source>Reading the library… {count} cases so far</source>
        <translation>正在读取案例库……已找到 {count} 个案例</translation>
    </message>
    <message>
        <source>No cases yet: cases saved in the library folder appear here.</source>
        <translation>还没有案例：保存在案例库文件夹中的案例会显示在这里。</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>共 1 个案例</translation>
    </message>
    <message>
        <source>{shown} of {total} cases shown</source>
        <translation>显示 {shown} 个，共 {total} 个案例</translation>
    </message>
    <message>
        <source>, {count} cannot be read</source>
        <translation>，{count} 个无法读取</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No font for Chinese was found: Chinese text would show as boxes. On Debian/Ubuntu install fonts-noto-cjk.</source>
        <translation>未找到中文字体：中文会显示为方框。Debian/Ubuntu 请安装 fonts-noto-cjk。</translation>
    </message>
    <message>
        <source>The holiday override file was ignored because it is not valid; working days follow the built-in calendar. {reason}</source>
        <translation>节假日覆盖文件无效，已忽略；工作日按内置日历计算。{reason}</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Form assistant</source>
        <translation>填报助手</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>没有打开的案例。</translation>
    </message>
    <message>
        <source>Case &amp;library</source>
        <translation>案例库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>导出日历(&amp;C)…</translation>
    </message>
    <message>
        <source>Export case &amp;bundle…</source>
        <translation>导出案例包(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Print checklist…</source>
        <translation>打印清单(&amp;P)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Print pa&amp;yment request…</source>
        <translation>打印付款申请单(&amp;Y)…</translation>
    </message>
    <message>
        <source>Export payment request as PDF…</source>
        <translation>导出付款申请单 PDF…</translation>
    </message>
    <message>
        <source>Earlier &amp;versions…</source>
        <translation>历史版本(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>关闭窗口(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>Rules edition and &amp;sources</source>
        <translation>规则版本与来源(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Not kept: the value does not fit this field (too long, or not allowed here).</source>
        <translation>未保留此修改：内容不符合此栏的要求（过长，或此处不允许）。</translation>
    </message>
    <message>
        <source>Read-only: this case was saved by a newer version of MP Reg Desktop. Update the app to edit it; it is never saved back in an older format.</source>
        <translation>只读：此案例由更新版本的小程序注册助手保存。请升级软件后再编辑；不会以旧格式保存回去。</translation>
    </message>
    <message>
        <source>Read-only: someone else has this case open. Use “Save as” to keep a copy.</source>
        <translation>只读：此案例正被他人打开。可用“另存为”保存一份副本。</translation>
    </message>
    <message>
        <source>MP Reg Desktop</source>
        <translation>小程序注册助手</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>未命名案例</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开案例</translation>
    </message>
    <message>
        <source>Case not found</source>
        <translation>找不到案例</translation>
    </message>
    <message>
        <source>The case file is no longer there:
{path}

It is removed from the list.</source>
        <translation>案例文件已不在原处：
{path}

已从列表中移除。</translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation>无法打开案例</translation>
    </message>
    <message>
        <source>Service content types were changed to the official list (see the history).</source>
        <translation>服务内容类型已按官方列表更新（见历史记录）。</translation>
    </message>
    <message>
        <source>This case is a copy of “{other}” (same case id); the two are kept apart: each file has its own unsaved-changes recovery and earlier versions.</source>
        <translation>此案例是“{other}”的副本（案例编号相同）；两者分开保存：每个文件各有自己的未保存修改恢复和历史版本。</translation>
    </message>
    <message>
        <source>The case is open elsewhere</source>
        <translation>案例已在别处打开</translation>
    </message>
    <message>
        <source>“{name}” is open in MP Reg Desktop by {user} on {host} (since {time}).

Open it read-only, or take it over if that copy of the app is no longer running.</source>
        <translation>“{name}”正由 {user} 在 {host} 上用小程序注册助手打开（自 {time} 起）。

可以只读打开；如果那边的程序已不在运行，也可以接管。</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>只读打开</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>接管</translation>
    </message>
    <message>
        <source>Save case as</source>
        <translation>案例另存为</translation>
    </message>
    <message>
        <source>Cases (*.mpreg)</source>
        <translation>案例 (*.mpreg)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The case could not be saved to
{path}

{reason}

Your changes are still here; try another folder with “Save as”.</source>
        <translation>案例无法保存到
{path}

{reason}

你的修改仍然保留，请用“另存为”换一个文件夹。</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <source>The file is read-only</source>
        <translation>文件是只读的</translation>
    </message>
    <message>
        <source>“{name}” is marked read-only (perhaps on purpose, by you or a colleague).

Save over it anyway? It stays read-only. Or choose No and use “Save as”.</source>
        <translation>“{name}”被设为只读（可能是你或同事有意设置的）。

仍要覆盖保存吗？保存后它仍是只读的。也可以选“否”，再用“另存为”。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>The calendar could not be written to
{path}

{reason}</source>
        <translation>日历无法写入
{path}

{reason}</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>已导出 {name}</translation>
    </message>
    <message>
        <source>Cases and case bundles (*.mpreg *.mpregz);;All files (*)</source>
        <translation>案例和案例包 (*.mpreg *.mpregz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>关闭前是否保存对“{name}”的修改？</translation>
    </message>
</context>
<context>
    <name>MaterialDetail</name>
    <message>
        <source>Validity of the document</source>
        <translation>证件有效期</translation>
    </message>
    <message>
        <source>Long-term (长期)</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效期起始日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期截止日期</translation>
    </message>
    <message>
        <source>Long-term validity</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Add attachment…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Choose scans or photos to attach to this material</source>
        <translation>选择要添加到此材料的扫描件或照片</translation>
    </message>
    <message>
        <source>Check files again</source>
        <translation>重新检查文件</translation>
    </message>
    <message>
        <source>Look again whether the attached files are still there and unchanged</source>
        <translation>重新检查附件文件是否仍在原处且未被修改</translation>
    </message>
    <message>
        <source>Use a file of another material…</source>
        <translation>使用其他材料的文件…</translation>
    </message>
    <message>
        <source>One scan can serve several materials (the ID card, say): no second upload</source>
        <translation>一份扫描件可用于多项材料（如身份证），无需重复上传</translation>
    </message>
    <message>
        <source>Select a material to see why it is needed and attach files.</source>
        <translation>选中一项材料，可查看需要它的原因并添加附件。</translation>
    </message>
    <message>
        <source>Drop scans or photos here. Each is checked as the platform would: colour, readable size, format and file size.</source>
        <translation>把扫描件或照片拖到这里。每个文件都按平台的要求检查：是否彩色、像素是否足够清晰、文件格式和文件大小。</translation>
    </message>
    <message>
        <source>Drop files here to keep them with the case. Files of this material are not checked as scans.</source>
        <translation>可把文件拖到这里，与案例一起保存。此材料的文件不按扫描件要求检查。</translation>
    </message>
</context>
<context>
    <name>MaterialsPage</name>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Not prepared</source>
        <translation>未准备</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>已准备</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已核对</translation>
    </message>
    <message>
        <source>State of {name}</source>
        <translation>{name}的状态</translation>
    </message>
    <message>
        <source>Not usable (error)</source>
        <translation>有错误，不能使用</translation>
    </message>
    <message>
        <source>Notes on {name}</source>
        <translation>{name}的备注</translation>
    </message>
    <message>
        <source>too large to check</source>
        <translation>过大，无法核对</translation>
    </message>
    <message>
        <source>being checked…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <source>Must be valid for more than {months} month(s) after the filing date. No filing date is planned yet (step 4), so today is assumed.</source>
        <translation>证件有效期须超过备案日期后 {months} 个月。尚未设置计划备案日期（第 4 步），暂按今天计算。</translation>
    </message>
    <message>
        <source>Must be valid for more than {months} month(s) after the planned filing date {planned}: at least until {needed}.</source>
        <translation>证件有效期须超过计划备案日期 {planned} 后 {months} 个月：至少到 {needed}。</translation>
    </message>
    <message>
        <source>Edit validity</source>
        <translation>修改证件有效期</translation>
    </message>
    <message>
        <source>Edit material</source>
        <translation>修改材料</translation>
    </message>
    <message>
        <source>What to prepare for this case, derived from the subject type, route, verification method, filing and service categories. Select a row to see why it is needed; drop scans on a row to attach them.</source>
        <translation>本案例需要准备的材料，根据主体类型、注册方式、验证方式、备案和服务类目得出。选中一行可查看需要它的原因；把扫描件拖到某一行即可添加为该材料的附件。</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>changed since it was attached</source>
        <translation>添加后已被修改</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation>来源：{sources}</translation>
    </message>
</context>
<context>
    <name>MethodAdvicePanel</name>
    <message>
        <source>Recommended method</source>
        <translation>建议的验证方式</translation>
    </message>
    <message>
        <source>Reasons for the recommended method</source>
        <translation>建议该验证方式的理由</translation>
    </message>
    <message>
        <source>Adopt the recommendation</source>
        <translation>采用建议</translation>
    </message>
    <message>
        <source>Adopt the recommended method</source>
        <translation>采用建议的验证方式</translation>
    </message>
    <message>
        <source>Recommended: {method}</source>
        <translation>建议：{method}</translation>
    </message>
    <message>
        <source>Adopt the method</source>
        <translation>采用验证方式</translation>
    </message>
    <message>
        <source>Choose the subject type first (step 1).</source>
        <translation>请先选择主体类型（第 1 步）。</translation>
    </message>
    <message>
        <source>A {type} can only be verified this way.</source>
        <translation>{type}只能用这种方式验证。</translation>
    </message>
    <message>
        <source>this subject type requires it</source>
        <translation>该主体类型必须认证</translation>
    </message>
    <message>
        <source>the ICP filing (备案) requires it first</source>
        <translation>备案前必须先完成认证</translation>
    </message>
    <message>
        <source>WeChat Pay requires it</source>
        <translation>申请微信支付需要认证</translation>
    </message>
    <message>
        <source>WeChat certification is needed anyway ({because}); verifying by it does both in one step. Fee {fee} yuan a year, not refunded; review usually {typical}.</source>
        <translation>无论如何都需要微信认证（{because}）；用微信认证验证主体，一步完成两件事。认证费 {fee} 元/年，不退；审核一般 {typical}。</translation>
    </message>
    <message>
        <source>{bank} or {face} would verify the subject for free, but the certification would still have to be applied for and paid afterwards.</source>
        <translation>{bank}或{face}可免费验证主体，但之后仍须另行申请并支付微信认证。</translation>
    </message>
    <message>
        <source>{face} is free and quick: the legal representative confirms with their own real-name WeChat; no public account is needed.</source>
        <translation>{face}免费且快：法定代表人用本人实名微信确认即可，不需要对公账户。</translation>
    </message>
    <message>
        <source>{bank} needs the subject&apos;s own public bank account able to make transfers; pay the amount shown within {deadline}; it is refunded.</source>
        <translation>{bank}需要主体自己的、可以对外转账的对公账户；须在 {deadline}内汇入页面显示的金额，款项会退回。</translation>
    </message>
</context>
<context>
    <name>MultiChoiceBinding</name>
    <message>
        <source>{id} — no longer in the rules pack</source>
        <translation>{id} — 现用规则包中已没有</translation>
    </message>
    <message>
        <source>Kept from an earlier rules pack, which the pack in use does not know. Choose what replaces it, then untick it.</source>
        <translation>这是按旧规则包选择的，现用规则包中没有此项。请选择替代项，再取消勾选它。</translation>
    </message>
</context>
<context>
    <name>OfficialSite</name>
    <message>
        <source>No browser</source>
        <translation>无法打开浏览器</translation>
    </message>
    <message>
        <source>The page could not be opened: no web browser answered on this computer. Copy its address and open it in a browser yourself:
{url}</source>
        <translation>无法打开该页面：这台电脑上没有可用的浏览器响应。请复制地址，自行在浏览器中打开：
{url}</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>复制地址</translation>
    </message>
    <message>
        <source>Open {host} in the browser</source>
        <translation>在浏览器中打开 {host}</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>清除日期</translation>
    </message>
</context>
<context>
    <name>OptionalDateTimeEdit</name>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Set the current time</source>
        <translation>设为当前时间</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the time</source>
        <translation>清除时间</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Record: passed</source>
        <translation>记录：通过</translation>
    </message>
    <message>
        <source>Record: rejected…</source>
        <translation>记录：驳回…</translation>
    </message>
    <message>
        <source>Record: resubmitted</source>
        <translation>记录：重新提交</translation>
    </message>
    <message>
        <source>Record that the platform approved it</source>
        <translation>记录平台已审核通过</translation>
    </message>
    <message>
        <source>Record a rejection and its reason</source>
        <translation>记录驳回及原因</translation>
    </message>
    <message>
        <source>Record that it was submitted again</source>
        <translation>记录已重新提交</translation>
    </message>
    <message>
        <source>{what}: the reason the platform gave</source>
        <translation>{what}：平台给出的驳回原因</translation>
    </message>
    <message>
        <source>{outcome}: {reason}</source>
        <translation>{outcome}：{reason}</translation>
    </message>
</context>
<context>
    <name>OutputError</name>
    <message>
        <source>It could not be written ({reason}). Nothing was changed.</source>
        <translation>无法写入（{reason}）。未做任何更改。</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>没有给出文件名。</translation>
    </message>
    <message>
        <source>This is the case file itself; exporting would replace it.</source>
        <translation>这就是案例文件本身，导出会把它覆盖。</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>这是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>This is not a regular file (a device or a pipe).</source>
        <translation>这不是普通文件（而是设备或管道）。</translation>
    </message>
    <message>
        <source>Its folder does not exist.</source>
        <translation>所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>请换一个文件名。</translation>
    </message>
</context>
<context>
    <name>PreApprovals</name>
    <message>
        <source>Add a pre-approval</source>
        <translation>添加前置审批项</translation>
    </message>
    <message>
        <source> (unconfirmed)</source>
        <translation>（未经官方确认）</translation>
    </message>
    <message>
        <source>Remove a pre-approval</source>
        <translation>删除前置审批项</translation>
    </message>
    <message>
        <source>Approval number, e.g. 粤-12345号</source>
        <translation>审批号，如 粤-12345号</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Pre-approval {n}: type</source>
        <translation>前置审批项 {n}：类型</translation>
    </message>
    <message>
        <source>Pre-approval {n}: approval number</source>
        <translation>前置审批项 {n}：审批号</translation>
    </message>
    <message>
        <source>Remove pre-approval {n}</source>
        <translation>删除前置审批项 {n}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Case library folder</source>
        <translation>案例库文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation>新的语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>The new language applies the next time the app starts. Save your work, close every window and start the app again to use it now.</source>
        <translation>新的界面语言将在下次启动时生效。如需立即使用，请保存工作、关闭所有窗口后重新启动本应用。</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>No font for Chinese is installed, so the sheet would show boxes.

{error}</source>
        <translation>系统中没有中文字体，打印出来会是方框。

{error}</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>handover sheet</source>
        <translation>材料交接单</translation>
    </message>
    <message>
        <source>payment request</source>
        <translation>付款申请单</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>The PDF could not be written to
{path}</source>
        <translation>PDF 无法写入
{path}</translation>
    </message>
    <message>
        <source>Payment request</source>
        <translation>付款申请单</translation>
    </message>
    <message>
        <source>The payment request is for verification by bank transfer (对公打款); choose that method on the Verification page first.</source>
        <translation>付款申请单用于对公打款验证；请先在「验证认证」页选择该方式。</translation>
    </message>
    <message>
        <source>The payee, bank, account or amount shown by the platform has not been entered on the Verification page. Make the request with blanks to fill in by hand?</source>
        <translation>公众平台页面显示的收款户名、开户银行、账号或金额尚未在「验证认证」页填写。是否生成留空、待手写的申请单？</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>Checklist (清单)</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Materials handover sheet (材料交接单)</source>
        <translation>材料交接单</translation>
    </message>
    <message>
        <source>Show ID, phone and account numbers in full</source>
        <translation>显示完整的证件号、手机号和银行账号</translation>
    </message>
    <message>
        <source>By default only the first and last 4 characters are printed.</source>
        <translation>默认只打印前 4 位和后 4 位。</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>RecommendationView</name>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Reasons for the recommendation</source>
        <translation>建议的理由</translation>
    </message>
    <message>
        <source>Chosen type and recommendation</source>
        <translation>所选类型与建议</translation>
    </message>
    <message>
        <source>Adopt the recommendation</source>
        <translation>采用建议</translation>
    </message>
    <message>
        <source>Compare subject types…</source>
        <translation>比较主体类型…</translation>
    </message>
    <message>
        <source>Recommendation: {type}</source>
        <translation>建议：{type}</translation>
    </message>
    <message>
        <source>Suggested route: {route}</source>
        <translation>建议注册方式：{route}</translation>
    </message>
    <message>
        <source>Other options: {types}</source>
        <translation>其他可选：{types}</translation>
    </message>
    <message>
        <source>Register as</source>
        <translation>注册身份</translation>
    </message>
    <message>
        <source>Has a business licence (营业执照)</source>
        <translation>是否有营业执照</translation>
    </message>
    <message>
        <source>No recommendation yet. Still to answer: {questions}</source>
        <translation>暂无建议，还需回答：{questions}</translation>
    </message>
    <message>
        <source>Choose among: {types}</source>
        <translation>请在以下类型中选择：{types}</translation>
    </message>
    <message>
        <source>No subject type has everything that is needed</source>
        <translation>没有一种主体类型能满足全部需要</translation>
    </message>
    <message>
        <source>The chosen type matches the recommendation.</source>
        <translation>所选主体类型与建议一致。</translation>
    </message>
    <message>
        <source>You chose {chosen}; the recommendation is {recommended}. Your choice stands; the problems list shows what it cannot do.</source>
        <translation>你选择了{chosen}，建议为{recommended}。将保留你的选择；它不支持的能力会列在问题面板中。</translation>
    </message>
    <message>
        <source>You chose {chosen}, one of the candidates.</source>
        <translation>你选择了{chosen}，属于候选类型之一。</translation>
    </message>
    <message>
        <source>You chose {chosen}, which is not among the candidates ({types}).</source>
        <translation>你选择了{chosen}，不在候选类型（{types}）之中。</translation>
    </message>
    <message>
        <source>The suggested route is {route}; the chosen one is {chosen}.</source>
        <translation>建议的注册方式为「{route}」，当前选择为「{chosen}」。</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Unsaved changes found</source>
        <translation>发现未保存的修改</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>从未保存</translation>
    </message>
    <message>
        <source>MP Reg Desktop was closed before these changes were saved:

{name}
{where}
last edited {when}

Recover them, or discard them?</source>
        <translation>小程序注册助手在保存这些修改之前被关闭了：

{name}
{where}
最后编辑于 {when}

要恢复还是丢弃？</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>未命名案例</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>稍后决定</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>恢复未保存的修改</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>Choose the region</source>
        <translation>选择地区</translation>
    </message>
    <message>
        <source>Please choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Find a district by name or code, e.g. 南山 or 440305</source>
        <translation>按名称或代码查找区县，如 南山 或 440305</translation>
    </message>
    <message>
        <source>Find a region</source>
        <translation>查找地区</translation>
    </message>
</context>
<context>
    <name>ReuseOffers</name>
    <message>
        <source>{name} · {numbers} (from {cases})</source>
        <translation>{name} · {numbers}（来自 {cases}）</translation>
    </message>
    <message>
        <source>Reuse from another case</source>
        <translation>沿用其他案例的信息</translation>
    </message>
    <message>
        <source>This ID number administers {count} other cases (at most {limit}).</source>
        <translation>该身份证号已是 {count} 个其他案例的管理员（上限 {limit} 个）。</translation>
    </message>
    <message>
        <source>This phone number administers {count} other cases (at most {limit}).</source>
        <translation>该手机号已是 {count} 个其他案例的管理员（上限 {limit} 个）。</translation>
    </message>
</context>
<context>
    <name>RouteDetails</name>
    <message>
        <source>Conditions of the registration route</source>
        <translation>注册方式的条件</translation>
    </message>
    <message>
        <source>Registration itself happens on the official site: {url}</source>
        <translation>注册本身在官网上完成：{url}</translation>
    </message>
    <message>
        <source>At most {count} mini programs a month this way</source>
        <translation>以此方式每月最多注册 {count} 个小程序</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>好处</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <source>Account rules</source>
        <translation>账号规则</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Rules edition and sources</source>
        <translation>规则版本与来源</translation>
    </message>
    <message>
        <source>Details for maintainers</source>
        <translation>维护者详情</translation>
    </message>
</context>
<context>
    <name>RulesPackActions</name>
    <message>
        <source>Import rules pack…</source>
        <translation>导入规则包…</translation>
    </message>
    <message>
        <source>Use the built-in pack</source>
        <translation>改用内置规则包</translation>
    </message>
    <message>
        <source>In use: the imported rules pack, edition {edition}.</source>
        <translation>现用：导入的规则包，{edition} 版。</translation>
    </message>
    <message>
        <source>In use for this run: the rules pack given with --rules, edition {edition}.</source>
        <translation>本次运行使用 --rules 指定的规则包，{edition} 版。</translation>
    </message>
    <message>
        <source>In use: the built-in rules pack, edition {edition}.</source>
        <translation>现用：内置规则包，{edition} 版。</translation>
    </message>
    <message>
        <source>An imported pack is kept but not used: it is not newer than the built-in one.</source>
        <translation>已导入的规则包仍保留但未使用：它不比内置规则包新。</translation>
    </message>
    <message>
        <source>An imported pack is kept but not used: this version of the app cannot read it.</source>
        <translation>已导入的规则包仍保留但未使用：本版本应用无法读取它。</translation>
    </message>
    <message>
        <source>Import rules pack</source>
        <translation>导入规则包</translation>
    </message>
    <message>
        <source>Rules packs (*.json);;All files (*)</source>
        <translation>规则包 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This rules pack is edition {edition}, not newer than the pack in use (edition {in_use}). Only a newer pack can be imported.</source>
        <translation>此规则包为 {edition} 版，不比现用规则包（{in_use} 版）新。只能导入更新的规则包。</translation>
    </message>
    <message>
        <source>This file is not a rules pack this app can use. Nothing was changed.</source>
        <translation>此文件不是本应用可用的规则包，未做任何更改。</translation>
    </message>
    <message>
        <source>The rules pack could not be saved.</source>
        <translation>规则包未能保存。</translation>
    </message>
    <message>
        <source>Remove the imported rules pack and check every case with the built-in pack again?</source>
        <translation>删除导入的规则包，所有案例重新按内置规则包检查？</translation>
    </message>
</context>
<context>
    <name>SafetyBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss the warning</source>
        <translation>关闭警告</translation>
    </message>
    <message>
        <source>Unsaved changes are not being kept for recovery: the app&apos;s state folder cannot be written ({reason}).
{folder}
Save the case with Ctrl+S (that still works), and free space or fix the folder&apos;s permissions.</source>
        <translation>未保存的修改目前无法留作恢复：本软件的状态文件夹无法写入（{reason}）。
{folder}
请用 Ctrl+S 保存案例（保存仍然可用），并腾出空间或修正该文件夹的权限。</translation>
    </message>
    <message>
        <source>The case was saved, but its previous version could not be kept as a backup ({reason}): the app&apos;s state folder is full or read-only. Free space or fix its permissions to keep earlier versions.</source>
        <translation>案例已保存，但之前的版本未能留作备份（{reason}）：本软件的状态文件夹已满或只读。请腾出空间或修正权限，以便保留历史版本。</translation>
    </message>
</context>
<context>
    <name>ScanReader</name>
    <message>
        <source>Reading scans needs the OCR component</source>
        <translation>读取扫描件需要 OCR 组件</translation>
    </message>
    <message>
        <source>Reading scans on this computer needs the optional OCR component, which is not installed. Install it with:

pip install &quot;mpreg-desktop[ocr]&quot;

Nothing is sent anywhere: the scans are read offline.</source>
        <translation>在本机读取扫描件需要可选的 OCR 组件，目前尚未安装。安装方法：

pip install &quot;mpreg-desktop[ocr]&quot;

扫描件在本机离线读取，不会发送到任何地方。</translation>
    </message>
    <message>
        <source>This installation of MP Reg Desktop does not include the OCR component, so it cannot read scans. Fill the fields from the document by hand; the checks work the same.</source>
        <translation>此安装版不含文字识别（OCR）组件，无法读取扫描件。请对照证件手动填写，各项检查照常进行。</translation>
    </message>
    <message>
        <source>Reading the scan…</source>
        <translation>正在读取扫描件…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Read scan</source>
        <translation>读取扫描件</translation>
    </message>
    <message>
        <source>Loading the OCR models (first use)…</source>
        <translation>正在加载 OCR 模型（首次使用）…</translation>
    </message>
    <message>
        <source>its contents are not a picture</source>
        <translation>文件内容不是图片</translation>
    </message>
    <message>
        <source>the text recognition stopped with an error ({name})</source>
        <translation>文字识别出错停止（{name}）</translation>
    </message>
    <message>
        <source>Scan not read</source>
        <translation>未能读取扫描件</translation>
    </message>
    <message>
        <source>The scan could not be read: {error}</source>
        <translation>无法读取扫描件：{error}</translation>
    </message>
    <message>
        <source>No fields of a licence or an ID card were found on this scan.</source>
        <translation>此扫描件上没有找到营业执照或身份证的信息。</translation>
    </message>
    <message>
        <source>Empty fields the scan can fill:</source>
        <translation>扫描件可填写的空白字段：</translation>
    </message>
    <message>
        <source>Differences from the scan:</source>
        <translation>与扫描件不一致之处：</translation>
    </message>
    <message>
        <source>The filled fields agree with the scan.</source>
        <translation>已填写的字段与扫描件一致。</translation>
    </message>
    <message>
        <source>Fill {count} fields</source>
        <translation>填写 {count} 个字段</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>long-term</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Fill from the scan</source>
        <translation>从扫描件填写</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>Export the library as a sheet</source>
        <translation>导出案例库表格</translation>
    </message>
    <message>
        <source>The 1 case</source>
        <translation>全部 1 个案例</translation>
    </message>
    <message>
        <source>All {n} cases</source>
        <translation>全部 {n} 个案例</translation>
    </message>
    <message>
        <source>The 1 case shown (search and filters)</source>
        <translation>当前显示的 1 个案例（搜索和筛选）</translation>
    </message>
    <message>
        <source>The {n} cases shown (search and filters)</source>
        <translation>当前显示的 {n} 个案例（搜索和筛选）</translation>
    </message>
    <message>
        <source>Phone numbers in full</source>
        <translation>显示完整手机号</translation>
    </message>
    <message>
        <source>Otherwise only the first and last 4 digits are shown.</source>
        <translation>否则只显示前 4 位和后 4 位。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>cases.xlsx</source>
        <translation>案例库.xlsx</translation>
    </message>
    <message>
        <source>Excel sheets (*.xlsx)</source>
        <translation>Excel 表格 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the sheet…</source>
        <translation>正在写入表格…</translation>
    </message>
    <message>
        <source>The sheet could not be written:
{path}

{why}</source>
        <translation>无法写入表格：
{path}

{why}</translation>
    </message>
    <message>
        <source>Sheet written (cases: {n}, deadlines: {d})</source>
        <translation>已导出表格：{n} 个案例，{d} 个期限</translation>
    </message>
    <message>
        <source>Import cases from a sheet</source>
        <translation>从表格导入案例</translation>
    </message>
    <message>
        <source>{n} empty rows are skipped.</source>
        <translation>已跳过 {n} 个空行。</translation>
    </message>
    <message>
        <source>Some formulas have no value ({cells}): open and save the sheet in Excel or WPS first, or they import as empty.</source>
        <translation>部分公式没有计算结果（{cells}）：请先在 Excel 或 WPS 中打开并保存表格，否则这些单元格会导入为空。</translation>
    </message>
    <message>
        <source>1. Which column fills which field</source>
        <translation>1. 各列对应的字段</translation>
    </message>
    <message>
        <source>Field for column {name}</source>
        <translation>列 {name} 对应的字段</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>第 {n} 列</translation>
    </message>
    <message>
        <source>2. The cases to create (checked as the app checks them)</source>
        <translation>2. 要创建的案例（按软件的规则检查）</translation>
    </message>
    <message>
        <source>Rows of the sheet</source>
        <translation>表格各行</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Cannot be imported: invalid {fields}</source>
        <translation>无法导入：{fields} 的值无效</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>可导入</translation>
    </message>
    <message>
        <source>Create {n} cases</source>
        <translation>创建 {n} 个案例</translation>
    </message>
    <message>
        <source>{ready} of {total} rows can be imported; {errors} have errors.</source>
        <translation>{total} 行中 {ready} 行可导入；{errors} 行有错误。</translation>
    </message>
    <message>
        <source>Sheets (*.xlsx *.csv);;All files (*)</source>
        <translation>表格 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the sheet…</source>
        <translation>正在读取表格…</translation>
    </message>
    <message>
        <source>Not every case could be created:
{why}</source>
        <translation>部分案例未能创建：
{why}</translation>
    </message>
    <message>
        <source>{n} cases created from the sheet</source>
        <translation>已从表格创建 {n} 个案例</translation>
    </message>
</context>
<context>
    <name>StageCard</name>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Started {time}</source>
        <translation>开始 {time}</translation>
    </message>
    <message>
        <source>Ended {time}</source>
        <translation>结束 {time}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>MP Reg Desktop</source>
        <translation>小程序注册助手</translation>
    </message>
    <message>
        <source>Prepare and track the registration, verification and ICP filing of a WeChat mini program. Everything stays on this computer.</source>
        <translation>准备和跟踪微信小程序的注册、验证认证与 ICP 备案。所有数据只保存在这台电脑上。</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新建案例</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>最近的案例</translation>
    </message>
    <message>
        <source>No recent cases yet.</source>
        <translation>还没有最近打开的案例。</translation>
    </message>
    <message>
        <source>  (missing)</source>
        <translation>（文件不存在）</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Subject</source>
        <translation>主体选择</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料准备</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>验证认证</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>备案</translation>
    </message>
</context>
<context>
    <name>SubjectCompareDialog</name>
    <message>
        <source>Compare subject types</source>
        <translation>比较主体类型</translation>
    </message>
    <message>
        <source>Subject types compared</source>
        <translation>主体类型对比</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>Verification at registration</source>
        <translation>注册时的主体验证方式</translation>
    </message>
    <message>
        <source>WeChat certification</source>
        <translation>微信认证</translation>
    </message>
    <message>
        <source>Certification fee (yuan a year)</source>
        <translation>认证费（元/年）</translation>
    </message>
    <message>
        <source>Review time</source>
        <translation>审核时间</translation>
    </message>
    <message>
        <source>Mini programs per subject</source>
        <translation>每个主体的小程序数量上限</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>当前选择</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>来源：{sources}</translation>
    </message>
    <message>
        <source>Sub-kinds: {kinds}</source>
        <translation>组织机构类型：{kinds}</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必须</translation>
    </message>
    <message>
        <source>Required before the filing</source>
        <translation>备案前必需</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>{fee} (free)</source>
        <translation>{fee}（免费）</translation>
    </message>
    <message>
        <source>at most {count}</source>
        <translation>最多 {count} 个</translation>
    </message>
    <message>
        <source>at most {count} certified</source>
        <translation>已认证的最多 {count} 个</translation>
    </message>
    <message>
        <source>The reference gives no limit for this type</source>
        <translation>参考资料未给出此类型的上限</translation>
    </message>
    <message>
        <source>The reference says nothing about it</source>
        <translation>参考资料未提及</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <source>With conditions</source>
        <translation>有条件</translation>
    </message>
</context>
<context>
    <name>SubjectPage</name>
    <message>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <source>Case name</source>
        <translation>案例名称</translation>
    </message>
    <message>
        <source>e.g. client and project</source>
        <translation>例如：客户名称和项目</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Anything to remember</source>
        <translation>需要记住的事项</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Please choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Subject type</source>
        <translation>主体类型</translation>
    </message>
    <message>
        <source>Sub-kind</source>
        <translation>组织机构类型</translation>
    </message>
    <message>
        <source>Kind of subject code</source>
        <translation>主体代码类型</translation>
    </message>
    <message>
        <source>Registration route</source>
        <translation>注册方式</translation>
    </message>
    <message>
        <source>Subject name</source>
        <translation>主体名称</translation>
    </message>
    <message>
        <source>exactly as on the licence</source>
        <translation>与证照上的名称完全一致</translation>
    </message>
    <message>
        <source>Subject code</source>
        <translation>主体代码</translation>
    </message>
    <message>
        <source>18-character unified social credit code</source>
        <translation>18 位统一社会信用代码</translation>
    </message>
    <message>
        <source>Account and administrator</source>
        <translation>账号与管理员</translation>
    </message>
    <message>
        <source>Account email</source>
        <translation>注册邮箱</translation>
    </message>
    <message>
        <source>never used on the WeChat platforms</source>
        <translation>未在微信公众平台、开放平台注册过</translation>
    </message>
    <message>
        <source>Administrator&apos;s name</source>
        <translation>管理员姓名</translation>
    </message>
    <message>
        <source>Administrator&apos;s ID number</source>
        <translation>管理员身份证号</translation>
    </message>
    <message>
        <source>Administrator&apos;s phone</source>
        <translation>管理员手机号</translation>
    </message>
    <message>
        <source>Mini program</source>
        <translation>小程序</translation>
    </message>
    <message>
        <source>Mini program name</source>
        <translation>小程序名称</translation>
    </message>
    <message>
        <source>Name length</source>
        <translation>名称长度</translation>
    </message>
    <message>
        <source>Service categories</source>
        <translation>服务类目</translation>
    </message>
    <message>
        <source>Choose the subject type first</source>
        <translation>请先选择主体类型</translation>
    </message>
    <message>
        <source> — licensed industry: {industry}</source>
        <translation> — 需资质的行业：{industry}</translation>
    </message>
    <message>
        <source> — needs a licence</source>
        <translation> — 需要资质许可</translation>
    </message>
    <message>
        <source> — not for personal subjects</source>
        <translation> — 个人主体不可选</translation>
    </message>
    <message>
        <source>Recognised as a unified social credit code (18)</source>
        <translation>识别为统一社会信用代码（18 位）</translation>
    </message>
    <message>
        <source>Recognised as a business registration number (15)</source>
        <translation>识别为营业执照注册号（15 位）</translation>
    </message>
    <message>
        <source>Recognised as an organisation code (9)</source>
        <translation>识别为组织机构代码（9 位）</translation>
    </message>
    <message>
        <source>; it starts with {prefix}: {category}</source>
        <translation>；前两位 {prefix}：{category}</translation>
    </message>
    <message>
        <source>Length {units} of {min}–{max} (a Chinese character counts {cjk})</source>
        <translation>长度 {units}，应为 {min}–{max}（一个汉字计 {cjk}）</translation>
    </message>
</context>
<context>
    <name>SubjectReasons</name>
    <message>
        <source>(not officially confirmed)</source>
        <translation>（未经官方确认）</translation>
    </message>
    <message>
        <source>{type} subjects cannot use {needs}: register as {instead} or {alternative}</source>
        <translation>{type}主体不支持{needs}：请以{instead}或{alternative}主体注册</translation>
    </message>
    <message>
        <source>{type} subjects cannot use {needs}: get a licence as {instead} first, or register as {alternative}</source>
        <translation>{type}主体不支持{needs}：建议先办理{instead}，或以{alternative}主体注册</translation>
    </message>
    <message>
        <source>{type} subjects cannot use {needs}</source>
        <translation>{type}主体不支持{needs}</translation>
    </message>
    <message>
        <source>{type}: WeChat certification is required and free</source>
        <translation>{type}：必须微信认证，免费</translation>
    </message>
    <message>
        <source>{type}: WeChat certification is required, {fee} yuan a year</source>
        <translation>{type}：必须微信认证，{fee} 元/年</translation>
    </message>
    <message>
        <source>{type}: WeChat certification is optional and free</source>
        <translation>{type}：微信认证可选，免费</translation>
    </message>
    <message>
        <source>{type}: WeChat certification is optional, {fee} yuan a year</source>
        <translation>{type}：微信认证可选，{fee} 元/年</translation>
    </message>
    <message>
        <source>A certified Official Account is at hand: {route} can be used (at most {limit} mini programs a month)</source>
        <translation>已有已认证的公众号：可使用「{route}」（每月最多 {limit} 个小程序）</translation>
    </message>
    <message>
        <source>A certified Official Account is at hand: {route} can be used</source>
        <translation>已有已认证的公众号：可使用「{route}」</translation>
    </message>
    <message>
        <source>Also possible: {type}, but it cannot use {cannot}</source>
        <translation>也可以选择{type}，但不能使用{cannot}</translation>
    </message>
    <message>
        <source>Also possible: {type}</source>
        <translation>也可以选择{type}</translation>
    </message>
    <message>
        <source>{type} can use {need}, with conditions</source>
        <translation>{type}可以使用{need}，但有条件</translation>
    </message>
    <message>
        <source>{type}: at most {count} certified mini programs per subject</source>
        <translation>{type}：每个主体最多 {count} 个已认证小程序</translation>
    </message>
    <message>
        <source>{type}: at most {count} mini programs per subject</source>
        <translation>{type}：每个主体最多 {count} 个小程序</translation>
    </message>
    <message>
        <source>A person with a business licence usually registers as {type}</source>
        <translation>个人持有营业执照，一般以{type}身份注册</translation>
    </message>
    <message>
        <source>An organisation with a business licence registers as {type}</source>
        <translation>持有营业执照的组织以{type}身份注册</translation>
    </message>
    <message>
        <source>No business licence, and nothing an individual cannot have: register as {type}</source>
        <translation>没有营业执照，也不需要个人主体不支持的能力：以{type}身份注册</translation>
    </message>
    <message>
        <source>An organisation without a business licence is one of {types}; these questions cannot tell which: choose the subject type yourself</source>
        <translation>没有营业执照的组织属于{types}之一，这些问题无法判断是哪一种：请自行选择主体类型</translation>
    </message>
    <message>
        <source>If the organisation is one of {types}, these questions cannot tell: choose that type yourself</source>
        <translation>如果属于{types}，这些问题无法判断：请自行选择该类型</translation>
    </message>
    <message>
        <source>{route} is only for {allowed}, not for {type}</source>
        <translation>「{route}」仅适用于{allowed}，不适用于{type}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>{count} earlier entries not shown</source>
        <translation>更早的 {count} 条记录未列出</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>TrayReminders</name>
    <message>
        <source>Deadlines need attention</source>
        <translation>期限需要注意</translation>
    </message>
    <message>
        <source>MP Reg Desktop</source>
        <translation>小程序注册助手</translation>
    </message>
</context>
<context>
    <name>TurnAndCropDialog</name>
    <message>
        <source>Rotate and crop: {file}</source>
        <translation>旋转和裁剪：{file}</translation>
    </message>
    <message>
        <source>Rotate &amp;left</source>
        <translation>向左旋转(&amp;L)</translation>
    </message>
    <message>
        <source>Rotate &amp;right</source>
        <translation>向右旋转(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;set</source>
        <translation>重置(&amp;S)</translation>
    </message>
    <message>
        <source>The whole picture, not turned</source>
        <translation>恢复整张图片，不旋转</translation>
    </message>
    <message>
        <source>Drag on the picture to choose what the copy keeps; drag the handles to adjust.</source>
        <translation>在图片上拖动，框出上传版要保留的部分；拖动边角的小方块可调整。</translation>
    </message>
    <message>
        <source>The copy: {width} × {height} pixels</source>
        <translation>上传版：{width} × {height} 像素</translation>
    </message>
    <message>
        <source>Too small for the upload box: {reason}. Choose a larger part.</source>
        <translation>太小，无法上传：{reason}。请框选更大的区域。</translation>
    </message>
</context>
<context>
    <name>UploadsView</name>
    <message>
        <source>Upload boxes</source>
        <translation>上传项</translation>
    </message>
    <message>
        <source>&amp;Make upload-ready copies</source>
        <translation>制作上传版(&amp;M)</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Rotate and crop…</source>
        <translation>旋转和裁剪(&amp;R)…</translation>
    </message>
    <message>
        <source>Turn or cut the selected scan by hand; the original file is not changed</source>
        <translation>手动旋转或裁剪选中的扫描件；原文件不会改动</translation>
    </message>
    <message>
        <source>Uploads (drag a copy into the browser)</source>
        <translation>上传（把上传版拖到浏览器的上传框）</translation>
    </message>
    <message>
        <source>{slot}: no file attached yet</source>
        <translation>{slot}：尚未添加文件</translation>
    </message>
    <message>
        <source>{slot}: {file} cannot be used: {reasons}</source>
        <translation>{slot}：{file} 不能使用：{reasons}</translation>
    </message>
    <message>
        <source>{slot}: {copy} ({size:.1f} MB), ready to upload</source>
        <translation>{slot}：{copy}（{size:.1f} MB），可以上传</translation>
    </message>
    <message>
        <source>{slot}: {file}, no upload-ready copy yet</source>
        <translation>{slot}：{file}，尚未制作上传版</translation>
    </message>
    <message>
        <source>{row} (rotated or cropped by hand)</source>
        <translation>{row}（已手动旋转或裁剪）</translation>
    </message>
    <message>
        <source>{size} pixels is below the {minimum} the form requires</source>
        <translation>{size} 像素，低于表单要求的 {minimum}</translation>
    </message>
    <message>
        <source>a black-and-white scan; the form wants a colour scan of the original</source>
        <translation>是黑白扫描件；表单要求原件的彩色扫描或照片</translation>
    </message>
    <message>
        <source>not a picture (the file&apos;s content is in no picture format)</source>
        <translation>不是图片（文件内容不是任何图片格式）</translation>
    </message>
    <message>
        <source>not a picture the form accepts ({format})</source>
        <translation>不是表单接受的图片（{format}）</translation>
    </message>
    <message>
        <source>too detailed to fit {limit} even at the smallest allowed size</source>
        <translation>即使缩到允许的最小尺寸也超过 {limit}</translation>
    </message>
    <message>
        <source>Save the case first</source>
        <translation>请先保存案例</translation>
    </message>
    <message>
        <source>Upload-ready copies are kept beside the case file: save the case first.</source>
        <translation>上传版保存在案例文件旁边：请先保存案例。</translation>
    </message>
    <message>
        <source>Some copies were not made</source>
        <translation>部分上传版未能制作</translation>
    </message>
    <message>
        <source>These files could not be read or written:
{files}</source>
        <translation>以下文件无法读取或写入：
{files}</translation>
    </message>
    <message>
        <source>No folder yet</source>
        <translation>还没有文件夹</translation>
    </message>
    <message>
        <source>The attachments folder is made with the first upload-ready copy.</source>
        <translation>附件文件夹在制作第一个上传版时创建。</translation>
    </message>
    <message>
        <source>Cannot rotate or crop</source>
        <translation>无法旋转或裁剪</translation>
    </message>
    <message>
        <source>{file} cannot be turned or cropped: {reason}</source>
        <translation>{file} 无法旋转或裁剪：{reason}</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <source>Rotate and crop {file}</source>
        <translation>旋转和裁剪 {file}</translation>
    </message>
</context>
<context>
    <name>VerificationOutcome</name>
    <message>
        <source>Record the verification result</source>
        <translation>记录验证认证结果</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <source>Verification method</source>
        <translation>验证方式</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Public account transfer (对公打款)</source>
        <translation>对公打款</translation>
    </message>
    <message>
        <source>The company&apos;s public account</source>
        <translation>本单位对公账户</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>户名</translation>
    </message>
    <message>
        <source>must equal the subject name</source>
        <translation>须与主体名称一致</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>对公账号</translation>
    </message>
    <message>
        <source>Shown by the platform after the subject information</source>
        <translation>提交主体信息后平台显示的打款信息</translation>
    </message>
    <message>
        <source>Payee (as shown by the platform)</source>
        <translation>收款户名（以平台显示为准）</translation>
    </message>
    <message>
        <source>Payee&apos;s bank</source>
        <translation>收款开户行</translation>
    </message>
    <message>
        <source>Payee account</source>
        <translation>收款账号</translation>
    </message>
    <message>
        <source>Amount to pay (as shown)</source>
        <translation>打款金额（以平台显示为准）</translation>
    </message>
    <message>
        <source>exactly as shown, to the fen</source>
        <translation>按平台显示填写，精确到分</translation>
    </message>
    <message>
        <source>Remark / purpose (as shown)</source>
        <translation>汇款备注/用途（按页面所示）</translation>
    </message>
    <message>
        <source>only if the platform asks the transfer to carry one</source>
        <translation>仅当平台要求汇款附带备注时填写</translation>
    </message>
    <message>
        <source>Dates and result</source>
        <translation>日期与结果</translation>
    </message>
    <message>
        <source>Registration on the official site (官网注册)</source>
        <translation>官网注册</translation>
    </message>
    <message>
        <source>Registration submitted on</source>
        <translation>提交注册日期</translation>
    </message>
    <message>
        <source>Finish the registration by {when}</source>
        <translation>请在 {when} 前完成注册</translation>
    </message>
    <message>
        <source>Email activated on</source>
        <translation>邮箱激活日期</translation>
    </message>
    <message>
        <source>Activate the email by {when}</source>
        <translation>请在 {when} 前激活邮箱</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>打款日期</translation>
    </message>
    <message>
        <source>Refunded on</source>
        <translation>退款日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>WeChat certification (微信认证)</source>
        <translation>微信认证</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Result on</source>
        <translation>结果日期</translation>
    </message>
    <message>
        <source>Legal representative&apos;s face check (法人扫脸)</source>
        <translation>法人扫脸</translation>
    </message>
    <message>
        <source>Legal representative&apos;s name</source>
        <translation>法定代表人姓名</translation>
    </message>
    <message>
        <source>Legal representative&apos;s WeChat ID</source>
        <translation>法定代表人微信号</translation>
    </message>
    <message>
        <source>Face check done on</source>
        <translation>扫脸完成日期</translation>
    </message>
    <message>
        <source>Please choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Pay by {date} ({span} after submitting)</source>
        <translation>须在 {date} 前汇款（提交后 {span}内）</translation>
    </message>
    <message>
        <source>Expect the refund within {span} of {date}</source>
        <translation>预计 {date} 起 {span}内原路退回</translation>
    </message>
    <message>
        <source>Valid until {until}; annual review from {opens} to {until}</source>
        <translation>有效期至 {until}；年审时间 {opens} 至 {until}</translation>
    </message>
    <message>
        <source>Paid by {payment}; not refunded if the review fails</source>
        <translation>付款方式：{payment}；审核失败不退款</translation>
    </message>
    <message>
        <source>Paid by {payment}</source>
        <translation>付款方式：{payment}</translation>
    </message>
    <message>
        <source>Resubmitted {used} of {allowed} times allowed after a rejection</source>
        <translation>驳回后已重新提交 {used} 次（最多 {allowed} 次）</translation>
    </message>
    <message>
        <source>(not officially confirmed)</source>
        <translation>（未经官方确认）</translation>
    </message>
    <message>
        <source>Deadline: within {d}</source>
        <translation>期限：{d}内</translation>
    </message>
    <message>
        <source>Refund: within {d}</source>
        <translation>退款：{d}内</translation>
    </message>
    <message>
        <source>Fee for this subject type: {fee} yuan per year</source>
        <translation>此主体类型认证费：{fee} 元/年</translation>
    </message>
    <message>
        <source>Free for this subject type</source>
        <translation>此主体类型免费认证</translation>
    </message>
    <message>
        <source>Review: usually {typical}, at most {most}</source>
        <translation>审核：一般 {typical}，最长 {most}</translation>
    </message>
    <message>
        <source>Valid for {validity}; annual review in the last {window}</source>
        <translation>有效期 {validity}，到期前 {window}内可年审</translation>
    </message>
</context>
</TS>
