import type { Locale } from '@yuqing/common';
import type { Rule } from './finding.js';

type Template = Record<Locale, string>;

/** Finding messages, Chinese first. `{text}`, `{suggestion}`, `{note}` and `{detail}` are filled per finding. */
export const FINDING_MESSAGES: Record<Rule, Template> = {
  classification_marking: {
    'zh-CN': '疑似密级或内部标识「{text}」：涉密和内部材料不得公开发布',
    en: 'Looks like a classification or internal-use marking "{text}": classified and internal material must not be published',
  },
  resident_id: {
    'zh-CN': '居民身份证号码（{text}）：公开发布前请删除或脱敏',
    en: 'Resident ID number ({text}): remove or mask it before publishing',
  },
  resident_id_suspect: {
    'zh-CN': '疑似居民身份证号码（{text}）：校验位不符，可能是输错的身份证号，请核对后删除或脱敏',
    en: 'Possible resident ID number ({text}): the check digit does not match, it may be a mistyped ID; check it and remove or mask it',
  },
  mobile: {
    'zh-CN': '手机号码（{text}）：除对外公开的办公电话外，请删除或脱敏',
    en: 'Mobile number ({text}): unless it is a public office number, remove or mask it',
  },
  credit_code: {
    'zh-CN': '统一社会信用代码 {text}：标识机构而非个人，一般可以公开，请确认无误',
    en: 'Unified social credit code {text}: it identifies an organisation, not a person, and may usually be published; check it is right',
  },
  credit_code_suspect: {
    'zh-CN': '疑似统一社会信用代码 {text}：校验位不符，请核对（早期部分代码可能如此）',
    en: 'Possible unified social credit code {text}: the check character does not match; check it (some early codes fail)',
  },
  bank_card: {
    'zh-CN': '银行卡号（{text}）：公开发布前请删除或脱敏',
    en: 'Bank card number ({text}): remove or mask it before publishing',
  },
  formulation: {
    'zh-CN': '「{text}」不是规范表述，应为「{suggestion}」{note}',
    en: '"{text}" is not the standard formulation; write "{suggestion}"{note}',
  },
  word_list: {
    'zh-CN': '「{text}」在本单位的审核词表中{note}',
    en: '"{text}" is on the unit\'s word list{note}',
  },
  wrong_character: {
    'zh-CN': '「{text}」疑为错别字，应为「{suggestion}」{note}',
    en: '"{text}" looks like a wrong character; write "{suggestion}"{note}',
  },
  link_private: {
    'zh-CN': '链接指向内网、本机或保留地址（{detail}）：公众无法访问，且会暴露内部网络',
    en: 'The link points to an intranet, loopback or reserved address ({detail}): the public cannot open it and it reveals the internal network',
  },
  link_ip: {
    'zh-CN': '链接使用 IP 地址 {detail}：请改用正式域名',
    en: 'The link uses the IP address {detail}: use the proper domain name',
  },
  link_credentials: {
    'zh-CN': '链接中含有用户名或密码：公开发布会泄露账号',
    en: 'The link contains a user name or password: publishing it leaks the account',
  },
  link_dead: {
    'zh-CN': '链接无法打开（{detail}）',
    en: 'The link does not open ({detail})',
  },
  image_gps: {
    'zh-CN': '图片「{text}」含拍摄地 GPS 坐标：发布前请清除位置信息',
    en: 'The image "{text}" carries the GPS position where it was taken: strip the location before publishing',
  },
  image_author: {
    'zh-CN': '图片「{text}」含作者或相机所有人信息：请确认可以公开或清除',
    en: 'The image "{text}" names its author or camera owner: confirm this may be published or strip it',
  },
};

/** What a dead link's finding says when there was no HTTP status to quote. */
export const LINK_STATE_MESSAGES: Record<'dead' | 'timeout' | 'unreachable' | 'invalid', Template> = {
  dead: { 'zh-CN': '服务器返回错误', en: 'the server answered with an error' },
  timeout: { 'zh-CN': '超时无响应', en: 'no answer in time' },
  unreachable: { 'zh-CN': '无法连接', en: 'cannot connect' },
  invalid: { 'zh-CN': '地址无效', en: 'invalid address' },
};

export type ExtractErrorCode = 'docx_encrypted' | 'docx_corrupt' | 'doc_legacy' | 'unsupported_file' | 'text_encoding';

/** Why a document could not be read, for the upload screen and the CLI's stderr. */
export const EXTRACT_MESSAGES: Record<ExtractErrorCode, Template> = {
  docx_encrypted: {
    'zh-CN': '「{name}」设有打开密码，无法检查：请取消密码后重新上传',
    en: '"{name}" is password-protected and cannot be checked: remove the password and upload it again',
  },
  docx_corrupt: {
    'zh-CN': '「{name}」不是有效的 Word（.docx）文件或已损坏',
    en: '"{name}" is not a valid Word (.docx) file or is damaged',
  },
  doc_legacy: {
    'zh-CN': '「{name}」是旧版 Word（.doc）或 WPS 格式：请另存为 .docx 后上传',
    en: '"{name}" is in the old Word (.doc) or WPS format: save it as .docx and upload that',
  },
  unsupported_file: {
    'zh-CN': '「{name}」的格式不受支持：请上传纯文本（.txt）或 Word（.docx）文件',
    en: 'The format of "{name}" is not supported: upload plain text (.txt) or Word (.docx)',
  },
  text_encoding: {
    'zh-CN': '「{name}」的文字编码无法识别：请另存为 UTF-8 编码的文本',
    en: 'The text encoding of "{name}" is not recognised: save it as UTF-8 text',
  },
};

export { fillTemplate } from '@yuqing/common';
