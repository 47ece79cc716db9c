/** A point on the WGS84 ellipsoid: latitude and longitude in degrees (EPSG:4326). */
export interface Coordinates {
  latitude: number;
  longitude: number;
}

/**
 * Where a phone says it is: WGS84 degrees and `accuracy`, the radius in metres around the point
 * within which the true position lies with 95% confidence (W3C Geolocation API,
 * GeolocationCoordinates.accuracy; Android reports 68%, so it errs on the strict side).
 */
export interface Position extends Coordinates {
  accuracy: number;
}

/** Where an activity happens: WGS84 degrees and the `radius` of its geofence in metres. */
export interface Place extends Coordinates {
  radius: number;
}
