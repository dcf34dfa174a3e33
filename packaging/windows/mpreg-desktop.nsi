; NSIS 3 script: the Windows installer of MP Reg Desktop (小程序注册助手), 64-bit.
;
; Built on Linux by packaging/windows/build_windows.py (`make windows`), which passes:
;   VERSION  (0.1.0)  VERSION_NUMERIC (0.1.0.0)  FROZEN (the PyInstaller folder)
;   SIZE_KB (its size)  ICON (the app's .ico)  OUTFILE (dist/mpreg-desktop-<version>-setup.exe)
;
; What it does (see README.md next to this file):
; - wizard in Simplified Chinese on a Chinese Windows, in English elsewhere;
; - installs for the current user without administrator rights (%LOCALAPPDATA%\Programs) by
;   default; for all users (Program Files, asks for administrator rights) when chosen on the
;   first page or with /AllUsers on the command line (/S: silent; /Desktop: desktop shortcut);
; - Start-menu entry 小程序注册助手, optional desktop shortcut;
; - .mpreg and .mpregz files: type 小程序注册案例 (ProgID MPReg.Case) with the app's icon,
;   opened by a double-click (a running app takes the file over);
; - installing over an installed version replaces it in place (same folder, same mode);
; - the uninstaller removes the program, its shortcuts and registry keys; the user's cases and
;   settings (Documents, %APPDATA%, %LOCALAPPDATA%\MP Reg) stay.

Unicode true
Target amd64-unicode
ManifestDPIAware true
ManifestSupportedOS Win10
RequestExecutionLevel user
SetCompressor /SOLID lzma
SetCompressorDictSize 64

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include nsDialogs.nsh
!include x64.nsh

!define APP_NAME "小程序注册助手"
!define APP_NAME_EN "MP Reg Desktop"
!define PUBLISHER "MP Reg"
!define EXE "mpreg-desktop.exe"
!define PROGID "MPReg.Case"
!define TYPE_NAME "小程序注册案例"
!define CONTENT_TYPE "application/x-mpreg-case"
; The key of the installation for upgrades and uninstall (the Inno Setup AppId before): never change.
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\{0A20C3F1-51B4-4FA9-8436-D4A0380A3B5B}"

Name "${APP_NAME}" "${APP_NAME}"
OutFile "${OUTFILE}"
BrandingText "${APP_NAME_EN} ${VERSION}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME_EN}"

VIProductVersion "${VERSION_NUMERIC}"
VIFileVersion "${VERSION_NUMERIC}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} (${APP_NAME_EN}) 安装程序 / Setup"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "© ${PUBLISHER}"

Var AllUsers      ; 1: for every user (HKLM, Program Files), 0: this user only
Var DesktopLink     ; 1: a desktop shortcut
Var Upgrade       ; 1: an installed version was found; its folder and mode are kept
Var ModeAllRadio
Var ModeUserRadio
Var DesktopBox

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "$(RunNow)"

!insertmacro MUI_PAGE_WELCOME
Page custom ModePage ModePageLeave
!define MUI_PAGE_CUSTOMFUNCTION_PRE SkipOnUpgrade
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; English first: the wizard's language when Windows speaks neither (see .onInit)
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"

LangString ModeTitle ${LANG_ENGLISH} "Install for"
LangString ModeTitle ${LANG_SIMPCHINESE} "安装方式"
LangString ModeSubtitle ${LANG_ENGLISH} "Choose who will use ${APP_NAME_EN}."
LangString ModeSubtitle ${LANG_SIMPCHINESE} "选择谁可以使用${APP_NAME}。"
LangString ModeUser ${LANG_ENGLISH} "Only for me (recommended, no administrator rights needed)"
LangString ModeUser ${LANG_SIMPCHINESE} "仅为我安装（推荐，不需要管理员权限）"
LangString ModeAll ${LANG_ENGLISH} "For all users of this computer (needs administrator rights)"
LangString ModeAll ${LANG_SIMPCHINESE} "为这台电脑的所有用户安装（需要管理员权限）"
LangString DesktopShortcut ${LANG_ENGLISH} "Create a desktop shortcut"
LangString DesktopShortcut ${LANG_SIMPCHINESE} "在桌面创建快捷方式"
LangString RunNow ${LANG_ENGLISH} "Start ${APP_NAME_EN} now"
LangString RunNow ${LANG_SIMPCHINESE} "现在启动${APP_NAME}"
LangString NeedAdmin ${LANG_ENGLISH} "Installing for all users needs administrator rights, which were not given. Install only for you instead?"
LangString NeedAdmin ${LANG_SIMPCHINESE} "为所有用户安装需要管理员权限，但未获得授权。改为仅为您自己安装吗？"
LangString AppRunning ${LANG_ENGLISH} "${APP_NAME_EN} is running. Close it (your cases are saved) and click Retry."
LangString AppRunning ${LANG_SIMPCHINESE} "${APP_NAME}正在运行。请先关闭它（您的案例已保存），再点击“重试”。"

; -- which Windows language, which mode ------------------------------------------------------
!macro ChooseLanguage
  ; any Chinese Windows (PRC, Taiwan, Hong Kong, Singapore, Macao) gets the Chinese wizard
  System::Call 'kernel32::GetUserDefaultUILanguage() i .r0'
  IntOp $0 $0 & 0x3FF
  ${If} $0 = 0x04
    StrCpy $LANGUAGE ${LANG_SIMPCHINESE}
  ${Else}
    StrCpy $LANGUAGE ${LANG_ENGLISH}
  ${EndIf}
!macroend

!macro UseMode
  ${If} $AllUsers = 1
    SetShellVarContext all
  ${Else}
    SetShellVarContext current
  ${EndIf}
!macroend

Function .onInit
  !insertmacro ChooseLanguage
  SetRegView 64
  StrCpy $AllUsers 0
  StrCpy $DesktopLink 0
  StrCpy $Upgrade 0
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/AllUsers" $R1
  ${IfNot} ${Errors}
    StrCpy $AllUsers 1
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/Desktop" $R1
  ${IfNot} ${Errors}
    StrCpy $DesktopLink 1
  ${EndIf}
  ; an installed version: upgrade it where it is, in its mode (per-user first, as Windows does)
  ReadRegStr $R2 HKCU "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $R2 != ""
    StrCpy $AllUsers 0
    StrCpy $Upgrade 1
  ${Else}
    ReadRegStr $R2 HKLM "${UNINSTALL_KEY}" "InstallLocation"
    ${If} $R2 != ""
      StrCpy $AllUsers 1
      StrCpy $Upgrade 1
    ${EndIf}
  ${EndIf}
  Call SetDefaultFolder
  ${If} $Upgrade = 1
    StrCpy $INSTDIR $R2
  ${EndIf}
  ${If} $AllUsers = 1
    Call EnsureAdmin
  ${EndIf}
FunctionEnd

Function SetDefaultFolder
  ${If} $AllUsers = 1
    StrCpy $INSTDIR "$PROGRAMFILES64\${APP_NAME_EN}"
  ${Else}
    StrCpy $INSTDIR "$LOCALAPPDATA\Programs\${APP_NAME_EN}"
  ${EndIf}
FunctionEnd

; All users: this process must be elevated. If it isn't, start the installer again with
; administrator rights (Windows asks) and end this one; refused: offer the per-user install.
Function EnsureAdmin
  UserInfo::GetAccountType
  Pop $0
  ${If} $0 == "Admin"
    Return
  ${EndIf}
  ${GetParameters} $R0
  ${If} ${Silent}
    StrCpy $R0 "$R0 /S"
  ${EndIf}
  ${If} $DesktopLink = 1
    StrCpy $R0 "$R0 /Desktop"
  ${EndIf}
  ClearErrors
  ExecShell "runas" "$EXEPATH" "$R0 /AllUsers"
  ${If} ${Errors}
    MessageBox MB_YESNO|MB_ICONQUESTION "$(NeedAdmin)" /SD IDNO IDYES user
    Quit
    user:
    StrCpy $AllUsers 0
    Call SetDefaultFolder
    Return
  ${EndIf}
  Quit
FunctionEnd

Function ModePage
  ${If} $Upgrade = 1
    Abort
  ${EndIf}
  !insertmacro MUI_HEADER_TEXT "$(ModeTitle)" "$(ModeSubtitle)"
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateRadioButton} 0 10u 100% 14u "$(ModeUser)"
  Pop $ModeUserRadio
  ${NSD_CreateRadioButton} 0 30u 100% 14u "$(ModeAll)"
  Pop $ModeAllRadio
  ${If} $AllUsers = 1
    ${NSD_Check} $ModeAllRadio
  ${Else}
    ${NSD_Check} $ModeUserRadio
  ${EndIf}
  ${NSD_CreateCheckBox} 0 64u 100% 14u "$(DesktopShortcut)"
  Pop $DesktopBox
  ${If} $DesktopLink = 1
    ${NSD_Check} $DesktopBox
  ${EndIf}
  nsDialogs::Show
FunctionEnd

Function ModePageLeave
  ${NSD_GetState} $DesktopBox $DesktopLink
  ${If} $DesktopLink = ${BST_CHECKED}
    StrCpy $DesktopLink 1
  ${Else}
    StrCpy $DesktopLink 0
  ${EndIf}
  ${NSD_GetState} $ModeAllRadio $0
  ${If} $0 = ${BST_CHECKED}
  ${AndIf} $AllUsers = 0
    StrCpy $AllUsers 1
    Call SetDefaultFolder
    Call EnsureAdmin
  ${ElseIf} $0 <> ${BST_CHECKED}
    StrCpy $AllUsers 0
    Call SetDefaultFolder
  ${EndIf}
FunctionEnd

Function SkipOnUpgrade
  ${If} $Upgrade = 1
    Abort
  ${EndIf}
FunctionEnd

; -- install ---------------------------------------------------------------------------------
Section "Install"
  SetRegView 64
  !insertmacro UseMode
  ; an older version's program files go first, so none of its libraries linger
  SetOutPath "$TEMP"
  retry:
  ClearErrors
  Delete "$INSTDIR\${EXE}"
  ${If} ${Errors}
  ${AndIf} ${FileExists} "$INSTDIR\${EXE}"
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" /SD IDCANCEL IDRETRY retry
    Abort
  ${EndIf}
  Delete "$INSTDIR\mpreg-desktop.com"
  Delete "$INSTDIR\mpreg-desktop.pkg"
  RMDir /r "$INSTDIR\_internal"

  SetOutPath "$INSTDIR"
  File /r "${FROZEN}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 \
      SW_SHOWNORMAL "" "${APP_NAME_EN}"
  ${If} $DesktopLink = 1
    CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  ${EndIf}

  ; SHCTX is HKCU for this user, HKLM for all users
  !macro Associate EXT
    WriteRegStr SHCTX "Software\Classes\${EXT}" "" "${PROGID}"
    WriteRegStr SHCTX "Software\Classes\${EXT}" "Content Type" "${CONTENT_TYPE}"
    WriteRegStr SHCTX "Software\Classes\${EXT}\OpenWithProgids" "${PROGID}" ""
    WriteRegStr SHCTX "Software\Classes\Applications\${EXE}\SupportedTypes" "${EXT}" ""
  !macroend
  !insertmacro Associate ".mpreg"
  !insertmacro Associate ".mpregz"
  WriteRegStr SHCTX "Software\Classes\${PROGID}" "" "${TYPE_NAME}"
  WriteRegStr SHCTX "Software\Classes\${PROGID}" "FriendlyTypeName" "${TYPE_NAME}"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\${EXE},0"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr SHCTX "Software\Classes\Applications\${EXE}" "FriendlyAppName" "${APP_NAME}"
  ; tell Explorer the associations changed (icons and double-click work at once)
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; Settings > Apps
  ${If} $AllUsers = 1
    StrCpy $0 "/AllUsers"
  ${Else}
    StrCpy $0 "/CurrentUser"
  ${EndIf}
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME} (${APP_NAME_EN})"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" $0'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S $0'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" ${SIZE_KB}
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

; -- uninstall -------------------------------------------------------------------------------
Function un.onInit
  !insertmacro ChooseLanguage
  SetRegView 64
  StrCpy $AllUsers 0
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/AllUsers" $R1
  ${IfNot} ${Errors}
    StrCpy $AllUsers 1
  ${EndIf}
FunctionEnd

Section "Uninstall"
  SetRegView 64
  !insertmacro UseMode
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"

  ; the program only: whatever else is in the folder (the user's own files) stays
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\mpreg-desktop.com"
  Delete "$INSTDIR\mpreg-desktop.pkg"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  ; .mpreg/.mpregz go back to what they were before, unless another program took them since
  !macro Unassociate EXT
    DeleteRegValue SHCTX "Software\Classes\${EXT}\OpenWithProgids" "${PROGID}"
    DeleteRegKey /ifempty SHCTX "Software\Classes\${EXT}\OpenWithProgids"
    ReadRegStr $0 SHCTX "Software\Classes\${EXT}" ""
    ${If} $0 == "${PROGID}"
      DeleteRegValue SHCTX "Software\Classes\${EXT}" ""
      DeleteRegValue SHCTX "Software\Classes\${EXT}" "Content Type"
    ${EndIf}
    DeleteRegKey /ifempty SHCTX "Software\Classes\${EXT}"
  !macroend
  !insertmacro Unassociate ".mpreg"
  !insertmacro Unassociate ".mpregz"
  DeleteRegKey SHCTX "Software\Classes\${PROGID}"
  DeleteRegKey SHCTX "Software\Classes\Applications\${EXE}"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
