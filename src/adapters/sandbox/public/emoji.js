// The emoji shortcodes cards and people use most; unknown ones stay as ":name:" like a client without them.
const EMOJI = {
  '+1': '👍', thumbsup: '👍', thumbsdown: '👎', arrow_right: '➡️', arrows_counterclockwise: '🔄', bangbang: '‼️',
  bar_chart: '📊', bell: '🔔', black_circle: '⚫', bug: '🐛', bulb: '💡', calendar: '📅', chart_with_upwards_trend: '📈',
  chart_with_downwards_trend: '📉', clipboard: '📋', clock3: '🕒', cloud: '☁️', computer: '💻', construction: '🚧',
  email: '📧', exclamation: '❗', eyes: '👀', fire: '🔥', gear: '⚙️', heavy_check_mark: '✔️', heavy_minus_sign: '➖',
  hourglass: '⌛', hourglass_flowing_sand: '⏳', information_source: 'ℹ️', key: '🔑', large_blue_circle: '🔵',
  large_green_circle: '🟢', large_orange_circle: '🟠', large_purple_circle: '🟣', large_yellow_circle: '🟡', link: '🔗',
  lock: '🔒', mag: '🔍', memo: '📝', moneybag: '💰', no_entry: '⛔', no_entry_sign: '🚫', package: '📦',
  question: '❓', red_circle: '🔴', robot_face: '🤖', rocket: '🚀', rotating_light: '🚨', shield: '🛡️',
  speech_balloon: '💬', stopwatch: '⏱️', tada: '🎉', warning: '⚠️', white_check_mark: '✅', white_circle: '⚪',
  wrench: '🔧', x: '❌', zap: '⚡', sparkles: '✨', hammer_and_wrench: '🛠️', closed_lock_with_key: '🔐',
  money_with_wings: '💸', cyclone: '🌀', recycle: '♻️', stop_sign: '🛑', green_heart: '💚', broken_heart: '💔',
};

export function emojiFor(name) {
  return Object.prototype.hasOwnProperty.call(EMOJI, name) ? EMOJI[name] : undefined;
}

/** Replaces known :shortcodes: in plain text. */
export function emojify(text) {
  return String(text).replace(/:([a-z0-9_+-]+):/g, (whole, name) => emojiFor(name) ?? whole);
}
