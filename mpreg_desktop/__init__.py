"""MP Reg Desktop (小程序注册助手): WeChat Mini Program registration, verification and filing."""

__version__ = "0.1.0"
APP_NAME = "MP Reg Desktop"
APP_ID = "mpreg-desktop"
ORG_NAME = "MP Reg"
