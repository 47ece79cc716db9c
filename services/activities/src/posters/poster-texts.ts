import { Locale } from '@citypoints/contracts';

/** A poster's fixed words in one language: the name of points, and how to take part. */
export interface PosterTexts {
  points: string;
  howTo: string[];
}

/** The poster's fixed words per language of the tenant (pt is European Portuguese). */
export const POSTER_TEXTS: Record<Locale, PosterTexts> = {
  en: {
    points: 'points',
    howTo: [
      'Scan the code with the City Points app while you are here.',
      'No camera? Type the code under the QR code instead.',
    ],
  },
  sv: {
    points: 'poäng',
    howTo: [
      'Skanna koden med City Points-appen medan du är här.',
      'Ingen kamera? Skriv in koden under QR-koden i stället.',
    ],
  },
  pt: {
    points: 'pontos',
    howTo: [
      'Leia o código com a app City Points enquanto está aqui.',
      'Sem câmara? Escreva o código que está por baixo do QR.',
    ],
  },
};
