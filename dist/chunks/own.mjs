const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

export { hasOwn as h };
