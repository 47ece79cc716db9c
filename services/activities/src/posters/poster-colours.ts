import { TextStyle } from './poster-layout';

/** The poster's colours (sRGB hex), per text style and for the band across the top. */
export const POSTER_COLOURS: Record<TextStyle | 'band', string> = {
  band: '#1b6e43',
  brand: '#ffffff',
  title: '#111111',
  subtitle: '#444444',
  points: '#1b6e43',
  unit: '#1b6e43',
  code: '#111111',
  body: '#333333',
};
