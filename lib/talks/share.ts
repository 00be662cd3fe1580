import QRCode from 'qrcode'

/**
 * A QR code of a URL as inline SVG, made at build time so no QR library reaches the browser.
 * Colours come from currentColor-free fixed values: a QR code must stay dark on
 * light to scan, whatever the site's theme.
 */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } })
}
