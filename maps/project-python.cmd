@echo off
rem The Python interpreter the project runs in, for Tiled's commands on Windows
rem (see project-python): %SMILE_PROTOCOL_PYTHON%, the active virtual
rem environment, a .venv\ or venv\ folder in the checkout, then py -3.
setlocal
set "ROOT=%~dp0.."
if defined SMILE_PROTOCOL_PYTHON if exist "%SMILE_PROTOCOL_PYTHON%" goto custom
if defined VIRTUAL_ENV if exist "%VIRTUAL_ENV%\Scripts\python.exe" goto active
if exist "%ROOT%\.venv\Scripts\python.exe" goto dotvenv
if exist "%ROOT%\venv\Scripts\python.exe" goto venv
py -3 %*
exit /b %ERRORLEVEL%
:custom
"%SMILE_PROTOCOL_PYTHON%" %*
exit /b %ERRORLEVEL%
:active
"%VIRTUAL_ENV%\Scripts\python.exe" %*
exit /b %ERRORLEVEL%
:dotvenv
"%ROOT%\.venv\Scripts\python.exe" %*
exit /b %ERRORLEVEL%
:venv
"%ROOT%\venv\Scripts\python.exe" %*
exit /b %ERRORLEVEL%
