; Soest Desk – Windows installer (NSIS 3, Modern UI 2, German).
;
; Built by installer/build.py around the PyInstaller bundle; by hand:
;   makensis -DVERSION=0.1.0 -DVERSION_QUAD=0.1.0.0 -DSOURCE_DIR=build\dist\soest-desk
;            -DOUTFILE=build\dist\soest-desk-0.1.0-setup.exe [-DCOMPRESSION=none|zlib|lzma]
;            installer\soest-desk.nsi
; makensis also runs on Linux (Debian package nsis): CI compiles this script on every change.
;
; Command line of the setup program (all optional):
;   /S                     silent, no questions
;   /ALLUSERS              for every user of the computer (Program Files; needs admin rights)
;   /CURRENTUSER           only for the person installing (their AppData; no admin rights)
;   /DESKTOP               also put a shortcut on the desktop
;   /DATABASE_URL=URL      preset the shared database for every user (only with /ALLUSERS):
;                          writes %PROGRAMDATA%\soest-desk\settings.json
;   /D=C:\Pfad             the installation folder (must be the last parameter)
; Exit code 2: the parameters were refused (nothing was installed).
; The uninstaller never deletes the users' data (%APPDATA% / %LOCALAPPDATA%\soest-desk) nor
; the preset for all users.

Unicode true

!ifndef VERSION
  !error "VERSION fehlt (-DVERSION=0.1.0); installer/build.py setzt es."
!endif
!ifndef VERSION_QUAD
  !define VERSION_QUAD "0.0.0.0"
!endif
!ifndef SOURCE_DIR
  !error "SOURCE_DIR fehlt (-DSOURCE_DIR=Ordner des PyInstaller-Pakets)."
!endif
!ifndef BUNDLE_EXE  ; the bundle's program; a Linux check build passes -DBUNDLE_EXE=soest-desk
  !define BUNDLE_EXE "soest-desk.exe"
!endif
!ifndef OUTFILE
  !define OUTFILE "soest-desk-${VERSION}-setup.exe"
!endif

!define APP_NAME "Soest Desk"
!define APP_SLUG "soest-desk"
!define APP_EXE "soest-desk.exe"
!define PUBLISHER "Stadt Soest – Amt für Wohnungswesen"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_SLUG}"
; not "Software\Soest\Soest Desk": that key holds the user's own settings (QSettings), which
; the uninstaller must keep
!define SETTINGS_KEY "Software\Soest\${APP_NAME} Installer"
; the characters a database URL may contain (RFC 3986 plus %): the settings file is then
; plain ASCII JSON that needs no escaping; quotes, backslashes, spaces and umlauts are refused
!define URL_CHARS "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]!$$&'()*+,;=%"

; -DCOMPRESSION=none (the CI check: fastest, the content is what matters), zlib (quick),
; lzma (the release: solid LZMA, about a quarter of the bundle's size; the default)
!ifndef COMPRESSION
  !define COMPRESSION "lzma"
!endif
!if "${COMPRESSION}" == "none"
  SetCompress off
!else if "${COMPRESSION}" == "zlib"
  SetCompressor zlib
!else if "${COMPRESSION}" == "lzma"
  SetCompressor /SOLID lzma
  SetCompressorDictSize 64
!else
  !error "COMPRESSION muss none, zlib oder lzma sein, nicht ${COMPRESSION}."
!endif

Name "${APP_NAME}"
OutFile "${OUTFILE}"
BrandingText "${APP_NAME} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show
SetOverwrite on

; ---------------------------------------------------------------- per machine or per user
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP_NAME}"
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!include MultiUser.nsh
!include MUI2.nsh
!include FileFunc.nsh
!include LogicLib.nsh

; ---------------------------------------------------------------- pages
!define MUI_ICON "${SOURCE_DIR}\_internal\resources\app\soest-desk.ico"
!define MUI_UNICON "${SOURCE_DIR}\_internal\resources\app\soest-desk.ico"
!define MUI_ABORTWARNING

!define MUI_WELCOMEPAGE_TEXT "Dieser Assistent installiert ${APP_NAME} ${VERSION}.$\r$\n$\r$\nSie können das Programm für alle Benutzer dieses Computers oder nur für sich installieren.$\r$\n$\r$\n$_CLICK"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "${APP_NAME} jetzt starten"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "${APP_NAME} wird von diesem Computer entfernt.$\r$\n$\r$\nIhre Daten bleiben erhalten: die Datenbank, Sicherungen, Protokolle und Einstellungen im Benutzerordner (%APPDATA% und %LOCALAPPDATA%\${APP_SLUG}) sowie die Voreinstellung für alle Benutzer (%PROGRAMDATA%\${APP_SLUG}) werden nicht gelöscht."
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "German"

VIProductVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=${LANG_GERMAN} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_GERMAN} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_GERMAN} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_GERMAN} "FileDescription" "${APP_NAME} – Installation"
VIAddVersionKey /LANG=${LANG_GERMAN} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_GERMAN} "LegalCopyright" "${PUBLISHER}"

Var DatabaseUrl

; ---------------------------------------------------------------- sections
Section "${APP_NAME}" SecApp
  SectionIn RO
  Call CheckDatabaseUrl
  SetOutPath "$INSTDIR"
  ; an update must not keep modules the new version no longer has
  RMDir /r "$INSTDIR\_internal"
  File "/oname=${APP_EXE}" "${SOURCE_DIR}\${BUNDLE_EXE}"
  File /r "${SOURCE_DIR}\_internal"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr SHCTX "${SETTINGS_KEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${SETTINGS_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$\"$INSTDIR\${APP_EXE}$\",0"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" "$\"$INSTDIR\uninstall.exe$\" /$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" "$\"$INSTDIR\uninstall.exe$\" /$MultiUser.InstallMode /S"
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" "$0"

  Call WriteMachineSettings
SectionEnd

Section /o "Verknüpfung auf dem Desktop" SecDesktop
  CreateShortCut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} "Das Programm ${APP_NAME} mit Eintrag im Startmenü."
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "Zusätzlich eine Verknüpfung auf dem Desktop."
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; ---------------------------------------------------------------- the database preset
Function .onInit
  !insertmacro MULTIUSER_INIT
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/DESKTOP" $R1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecDesktop} ${SF_SELECTED}
  ${EndIf}
  StrCpy $DatabaseUrl ""
  ClearErrors
  ${GetOptions} $R0 "/DATABASE_URL=" $R1
  ${IfNot} ${Errors}
    StrCpy $DatabaseUrl $R1
    ${If} $DatabaseUrl == ""
      MessageBox MB_ICONSTOP "/DATABASE_URL= ist leer. Bitte geben Sie die Adresse der gemeinsamen Datenbank an, z. B. /DATABASE_URL=postgresql+psycopg://server:5432/soest" /SD IDOK
      SetErrorLevel 2
      Quit
    ${EndIf}
    Push $DatabaseUrl
    Call UrlCharactersOk
    Pop $R2
    ${If} $R2 == "@"
      MessageBox MB_ICONSTOP "/DATABASE_URL darf weder Benutzer noch Passwort enthalten: Jede Person meldet sich mit der eigenen Anmeldung an, und die Datei ist für alle Benutzer lesbar. Beispiel: /DATABASE_URL=postgresql+psycopg://server:5432/soest. Es wurde nichts installiert." /SD IDOK
      SetErrorLevel 2
      Quit
    ${EndIf}
    ${If} $R2 != "ok"
      MessageBox MB_ICONSTOP "/DATABASE_URL enthält das Zeichen „$R2“, das in einer Datenbank-URL nicht vorkommen darf (keine Anführungszeichen, Backslashes, Leerzeichen oder Umlaute; andere Sonderzeichen bitte mit %-Kodierung schreiben). Es wurde nichts installiert." /SD IDOK
      SetErrorLevel 2
      Quit
    ${EndIf}
    StrCpy $R3 $DatabaseUrl 13
    StrCpy $R4 $DatabaseUrl 21
    ${If} $R3 != "postgresql://"
    ${AndIf} $R4 != "postgresql+psycopg://"
      MessageBox MB_ICONSTOP "/DATABASE_URL muss eine PostgreSQL-Adresse sein (postgresql+psycopg://server:5432/datenbank), nicht „$DatabaseUrl“. Es wurde nichts installiert." /SD IDOK
      SetErrorLevel 2
      Quit
    ${EndIf}
  ${EndIf}
FunctionEnd

; The database preset is for every user, so it needs the installation for all users.
Function CheckDatabaseUrl
  ${If} $DatabaseUrl != ""
  ${AndIf} $MultiUser.InstallMode != "AllUsers"
    MessageBox MB_ICONSTOP "/DATABASE_URL gilt für alle Benutzer und geht nur mit der Installation für alle Benutzer (/ALLUSERS, mit Administratorrechten). Es wurde nichts installiert." /SD IDOK
    SetErrorLevel 2
    Abort
  ${EndIf}
FunctionEnd

; %PROGRAMDATA%\soest-desk\settings.json = platformdirs.site_config_dir("soest-desk"),
; read by soest_desk/config.py when neither the user nor the environment names a database
Function WriteMachineSettings
  ${If} $DatabaseUrl == ""
    Return
  ${EndIf}
  SetShellVarContext all
  CreateDirectory "$APPDATA\${APP_SLUG}"
  ClearErrors
  FileOpen $0 "$APPDATA\${APP_SLUG}\settings.json" w
  ${If} ${Errors}
    MessageBox MB_ICONSTOP "Die Voreinstellung „$APPDATA\${APP_SLUG}\settings.json“ konnte nicht geschrieben werden." /SD IDOK
    SetErrorLevel 2
    Abort
  ${EndIf}
  FileWrite $0 '{"database_url": "$DatabaseUrl"}$\r$\n'
  FileClose $0
  DetailPrint "Gemeinsame Datenbank für alle Benutzer: $DatabaseUrl"
FunctionEnd

; Push the URL; pops "ok" or the first character that is not allowed.
Function UrlCharactersOk
  Exch $0   ; the URL
  Push $1   ; position
  Push $2   ; character
  Push $3   ; position in the allowed characters
  Push $4   ; allowed character
  StrCpy $1 0
  loop:
    StrCpy $2 $0 1 $1
    StrCmp $2 "" ok
    StrCpy $3 0
    search:
      StrCpy $4 "${URL_CHARS}" 1 $3
      StrCmp $4 "" bad
      StrCmpS $4 $2 next
      IntOp $3 $3 + 1
      Goto search
    next:
    IntOp $1 $1 + 1
    Goto loop
  bad:
    StrCpy $0 $2
    Goto done
  ok:
    StrCpy $0 "ok"
  done:
  Pop $4
  Pop $3
  Pop $2
  Pop $1
  Exch $0
FunctionEnd

; ---------------------------------------------------------------- uninstall
Function un.onInit
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

Section "Uninstall"
  ; only what the installer put there: the users' data and the preset stay
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only when empty
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DeleteRegKey SHCTX "${SETTINGS_KEY}"
  DetailPrint "Ihre Daten und Einstellungen bleiben erhalten."
SectionEnd
