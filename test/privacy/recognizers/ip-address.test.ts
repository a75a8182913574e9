import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ipAddressRecognizer } from '../../../src/privacy/recognizers/ip-address.ts';
import { redact } from '../../../src/privacy/redactor.ts';
import { found, namedIpV4 } from './recognizer-cases.ts';

test('finds IPv4 and IPv6, compressed forms too', () => {
  assert.deepEqual(found(ipAddressRecognizer, 'NVR at 192.168.4.20, backup 10.0.0.1.'), ['192.168.4.20', '10.0.0.1']);
  for (const address of ['2001:db8:85a3::8a2e:370:7334', 'fe80::1ff:fe23:4567:890a', '2001:db8::1', '2001:0db8:0000:0000:0000:ff00:0042:8329', 'fe80::1']) {
    assert.deepEqual(found(ipAddressRecognizer, `gateway ${address} is down`), [address], address);
  }
});

test('an IPv4 network written with its prefix length is one address, redacted as one', () => {
  assert.deepEqual(found(ipAddressRecognizer, 'door controllers on 172.16.254.1/24 and 10.0.0.0/8'), ['172.16.254.1/24', '10.0.0.0/8']);
  assert.equal(redact('door controllers on 172.16.254.1/24').text, 'door controllers on [REDACTED_IP]');
});

test('versions, times and decimals are not addresses', () => {
  for (const text of ['software 3.10.2.1', 'Subnet mask 255.255.255.0', 'netmask 255.255.240.0', 'firmware v2.3.1', 'version 10.0.0.1', 'upgraded to 10.2.0.14', 'build 1.2.3.4', 'v10.0.0.1', 'at 10:30:00', 'shift 06:00-14:00', '999.1.1.1', '1.2.3', '004512.7 kWh',
    '{"firmware":"10.2.3.4"}', 'agent_version=10.2.3.4', 'Firmware on the access panels is 10.4.2.7, should we upgrade to 10.5?']) {
    assert.deepEqual(found(ipAddressRecognizer, text), [], text);
  }
  // An address said of a device is one: "the panel is 10.4.2.7" (no version's word before).
  assert.deepEqual(found(ipAddressRecognizer, 'the access panel is 10.4.2.7 on VLAN 20'), ['10.4.2.7']);
  assert.deepEqual(found(ipAddressRecognizer, 'Firmware updated. The panel is at 10.4.2.7'), ['10.4.2.7']);
});

test('loopback and unspecified addresses name no one and are kept', () => {
  for (const text of ['Server listening at http://127.0.0.1:3000', 'bound to 0.0.0.0:8080', 'allow 0.0.0.0/0', 'curl http://[::1]:3000/health', 'on 127.0.1.1', 'loopback 0:0:0:0:0:0:0:1']) {
    assert.deepEqual(found(ipAddressRecognizer, text), [], text);
  }
  assert.deepEqual(found(ipAddressRecognizer, 'camera 128.0.0.1 and ::11'), ['128.0.0.1', '::11']);
});

test('property: any IPv4 address but loopback, unspecified and masks, after neutral words, is found', () => {
  fc.assert(fc.property(namedIpV4(), (address) => {
    assert.deepEqual(found(ipAddressRecognizer, `camera ${address} offline`), [address]);
  }), { numRuns: 200 });
});

test('an address said with "dot" between its numbers is found; a section number is no address', () => {
  assert.deepEqual(found(ipAddressRecognizer, 'its 10 dot 0 dot 0 dot 45 on the cctv network'), ['10 dot 0 dot 0 dot 45']);
  assert.deepEqual(found(ipAddressRecognizer, 'NVR is 192 DOT 168 DOT 4 DOT 20'), ['192 DOT 168 DOT 4 DOT 20']);
  for (const text of ['SOP section 3.1.4.2 covers lone working', 'see clause 4.2.1.7', 'step 2 dot 1 dot 3 dot 4']) assert.deepEqual(found(ipAddressRecognizer, text), [], text);
});

test('an address said in digit words is found, each number as a phone number is said', () => {
  assert.equal(redact('the ip is one nine two dot one six eight dot one dot sixty four').text, 'the ip is [REDACTED_IP]');
  assert.equal(redact('camera on ten dot twenty dot thirty dot two fifty four, gate 2').text, 'camera on [REDACTED_IP], gate 2');
  assert.equal(redact('NVR at one ninety two dot one sixty eight dot oh dot one hundred').text, 'NVR at [REDACTED_IP]');
  for (const text of ['version one dot two dot three dot four', 'one two seven dot oh dot oh dot one is the box itself', 'three hundred dot one dot two dot three',
    'one dot two dot three dot four dot five', 'step two dot one dot three dot four', 'one dot two dot three']) assert.equal(redact(text).text, text, text);
});

test('a version upgraded from or to, and a table or figure number, is no address', () => {
  for (const text of ['upgraded 4.10.1.36 → 4.13.0.186', 'see Table 12.3.1.4 and Figure 4.2.1.3', 'Reference 12.34.56.78', 'ref: 10.20.30.40', 'Firmware updated to 5.7.3.220']) assert.deepEqual(found(ipAddressRecognizer, text), [], text);
});

test('a bootloader, kernel or agent version is no address', () => {
  for (const text of ['bootloader 4.2.0.115 flashed', 'agent 10.4.22.1 installed']) assert.deepEqual(found(ipAddressRecognizer, text), [], text);
});

test("a web server log's client is an address; a client's version is no address", () => {
  assert.deepEqual(found(ipAddressRecognizer, '*18812 upstream timed out, client: 192.0.2.58, server: app.intake.example.com'), ['192.0.2.58']);
  assert.deepEqual(found(ipAddressRecognizer, '[client 203.0.113.9:51234] AH01630: client denied'), ['203.0.113.9']);
  for (const text of ['client version 10.4.22.1', 'client v10.4.22.1', 'client_version=10.4.22.1']) assert.deepEqual(found(ipAddressRecognizer, text), [], text);
});

test("a product's version in a user agent ('Chrome/123.0.0.0') and a version under a camel-case key ('readerFw') are no addresses; one in a URL is", () => {
  for (const text of ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36',
    '"userAgent":"WhatsApp/2.24.11.79 A"', 'ua=Intake-Web/2.14.3.1', '{"readerFw":"4.1.0.22","appVersion":"3.8.1.0"}']) {
    assert.equal(redact(text).text, text, text);
  }
  for (const text of ['GET http://10.0.0.5/api', 'proxy=http://10.2.3.4:8080', '{"readerIp":"10.20.30.40"}']) assert.match(redact(text).text, /\[REDACTED_IP\]/, text);
});

test("a version key's bound is a version too: 'firmware_min: 10.2.0.1', 'fw_required=4.1.0.22'; a gateway's or a server's minimum is an address", () => {
  for (const text of ['firmware_min: 10.2.0.1', 'fw_required=4.1.0.22', 'version_latest: "3.8.1.0"', 'app_version_min=2.14.3.1']) assert.equal(redact(text).text, text, text);
  for (const text of ['gateway_min: 10.2.0.1', 'server_new=10.20.30.40']) assert.match(redact(text).text, /\[REDACTED_IP\]/, text);
});

test("a dotted quad in a version's column ('fw', 'firmware_version') is no address; in an 'ip' column, or after an ellipsis, it is", () => {
  const readings = 'site_id,meter_serial,reading,fw\nae-dxb-0113,ELS-2208-44719,004512.7,10.2.0.1\nae-dxb-0114,ELS-2208-51002,019204.0,10.2.1.4';
  assert.deepEqual(found(ipAddressRecognizer, readings), []);
  assert.deepEqual(found(ipAddressRecognizer, 'device;firmware_version;ip\nnvr-1;4.1.0.22;10.20.0.14'), ['10.20.0.14']);
  assert.deepEqual(found(ipAddressRecognizer, 'charon: IKE_SA established between 192.0.2.1[vpn.example.eu]...145.53.212.90[CN=tablet-02]'), ['192.0.2.1', '145.53.212.90']);
});

test("a version's column past rows with no version ('-'), fwupd's 'current … available …' and a YAML mapping of firmware versions hold no address; a network's mapping does", () => {
  assert.deepEqual(found(ipAddressRecognizer, 'meter_id\tsource\tfw\nA-1\tmanual\t-\nA-2\tAMR\tv2.1.7\nA-3\tmanual\t-\nA-4\tAMR\t10.2.0.1'), []);
  assert.deepEqual(found(ipAddressRecognizer, 'Nov  7 02:31:17 bms-ctl-02 fwupd[3390]: current 10.2.0.1, available 10.2.1.4 (released 2024-10-28)'), []);
  assert.deepEqual(found(ipAddressRecognizer, 'firmware:\n  reader: v4.30.005\n  controller: 10.2.0.1\nnetwork:\n  controller: 10.2.0.7\n'), ['10.2.0.7']);
  assert.deepEqual(found(ipAddressRecognizer, 'Nov  7 02:31:17 gw-01 sshd[3390]: accepted from 10.2.0.9, current session 4'), ['10.2.0.9']);
});

test("an address said in Dutch, German, Spanish, Portuguese or French number words and that language's dot is found ('tien punt twintig punt drie punt vijftig'); a reading said with one dot is none", () => {
  assert.equal(redact('de controller op tien punt twintig punt drie punt vijftig eh het wachtwoord').text, 'de controller op [REDACTED_IP] eh het wachtwoord');
  assert.equal(redact('el servidor está en diez punto cero punto cero punto cuarenta y cinco').text, 'el servidor está en [REDACTED_IP]');
  const reading = 'la lectura es cuatro punto cinco y luego seis punto dos';
  assert.equal(redact(reading).text, reading);
});

test("a dotted quad with a port after it is an address though a version's cue stands before it ('our fw on 81.149.22.7:8443': fw is a firewall); without the port it stays a version", () => {
  assert.equal(redact('remote access via our fw on 81.149.22.7:8443 (port fwd already done)').text, 'remote access via our fw on [REDACTED_IP]:8443 (port fwd already done)');
  for (const text of ['fw 10.2.0.1 installed', 'firmware: 4.1.0.22']) assert.equal(redact(text).text, text, text);
});
