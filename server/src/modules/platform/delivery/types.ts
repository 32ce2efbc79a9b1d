import type { DeliveryFailureCode, DeliveryKind, DeliveryPurpose } from '@yuqing/common';

export type { DeliveryKind, DeliveryPurpose };

export interface OutboundMessage {
  title: string;
  text: string;
  /** A path in the web app (/incidents/4) made absolute with the public URL, or an absolute http(s) address. */
  link?: string;
}

export interface DeliveryTarget {
  id: number;
  unitId: number;
  name: string;
  kind: DeliveryKind;
  url: string | null;
  secret: string | null;
  recipients: string[];
  purposes: DeliveryPurpose[];
  enabled: boolean;
  internal: boolean;
}

/** Why a send failed, as a code and parameters, so each reader gets it in their own language. */
export interface DeliveryFailure {
  code: DeliveryFailureCode;
  params: Record<string, string | number>;
}

export interface DeliveryResult {
  ok: boolean;
  status?: number;
  /** The failure in words (zh-CN), with the platform's own message. */
  error?: string;
  failure?: DeliveryFailure;
}

export interface SmtpConfig {
  host: string;
  port: number;
  /** TLS from the first byte (smtps, port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user?: string;
  password?: string;
  from: string;
}

export interface DeliveryConfig {
  smtp: SmtpConfig | null;
  /** Where users open Yuqing (https://yuqing.example.gov.cn), so links in messages work outside the app. */
  publicUrl?: string;
  /** How long one send may take; default 10 s. */
  timeoutMs?: number;
}
